// What the timeline shows of a window: its events, or counts per period when there are too many.
import { Prisma } from '../../generated/prisma/client';
import type { EventFilter } from '../../query/event-filter';
import { MAX_WINDOW_ITEMS, type TimelineWindow, type TimelineWindowRequest } from '../../query/timeline-window';
import { prisma } from '../client';
import { corpusFigures, matchingCount } from './corpus-figures';
import { countEvents } from './count-events';
import { filterCondition, isEmptyFilter } from './filter-condition';
import { overlapCondition } from './overlap-condition';
import { windowClusters } from './window-clusters';
import { windowItems } from './window-items';

export async function getTimelineWindow(filter: EventFilter, request: TimelineWindowRequest): Promise<TimelineWindow> {
  const { total, longestSpanDays } = await corpusFigures();
  const condition = await filterCondition(filter);
  const inWindow = Prisma.sql`${condition} AND ${overlapCondition(request.start, request.end, longestSpanDays)}`;
  const crowded = await exceeds(inWindow, MAX_WINDOW_ITEMS);
  const items = crowded ? [] : await windowItems(inWindow);
  return {
    start: request.start,
    end: request.end,
    total,
    matching: isEmptyFilter(filter) ? total : await matchingCount(condition),
    inWindow: crowded ? await countEvents(inWindow) : items.length,
    items,
    clusters: crowded ? await windowClusters(inWindow, request) : [],
  };
}

/** Whether more than `limit` events meet `condition`, reading at most limit + 1 of them. */
async function exceeds(condition: Prisma.Sql, limit: number): Promise<boolean> {
  const [{ count }] = await prisma.$queryRaw<{ count: number | bigint }[]>`
    SELECT COUNT(*) AS count FROM (SELECT 1 FROM "Event" e WHERE ${condition} LIMIT ${limit + 1})`;
  return Number(count) > limit;
}
