// What the timeline shows of a window: its events, or counts per period when there are too many.
import { Prisma } from '../../generated/prisma/client';
import type { EventFilter } from '../../query/event-filter';
import { MAX_WINDOW_ITEMS, type TimelineWindow, type TimelineWindowRequest } from '../../query/timeline-window';
import { countEvents } from './count-events';
import { filterCondition, isEmptyFilter } from './filter-condition';
import { windowClusters } from './window-clusters';
import { windowItems } from './window-items';

export async function getTimelineWindow(filter: EventFilter, request: TimelineWindowRequest): Promise<TimelineWindow> {
  const condition = await filterCondition(filter);
  const inWindow = Prisma.sql`${condition} AND e.start <= ${request.end} AND e."end" >= ${request.start}`;
  const total = await countEvents(Prisma.sql`1`);
  const matching = isEmptyFilter(filter) ? total : await countEvents(condition);
  const inWindowCount = await countEvents(inWindow);
  const crowded = inWindowCount > MAX_WINDOW_ITEMS;
  return {
    start: request.start,
    end: request.end,
    total,
    matching,
    inWindow: inWindowCount,
    items: crowded ? [] : await windowItems(inWindow),
    clusters: crowded ? await windowClusters(inWindow, request) : [],
  };
}
