// What the timeline shows of a window: its events, or counts per period when there are too many.
import { Prisma } from '../../generated/prisma/client';
import type { EventFilter } from '../../query/event-filter';
import { MAX_WINDOW_ITEMS, type TimelineWindow, type TimelineWindowRequest } from '../../query/timeline-window';
import { db, readSnapshot } from '../snapshot';
import { corpusFigures, matchingCount } from './corpus-figures';
import { countEvents } from './count-events';
import { filterConditions, isEmptyFilter, type FilterConditions } from './filter-condition';
import { laneCountClusters } from './lane-count-clusters';
import { overlapCondition } from './overlap-condition';
import { windowClusters } from './window-clusters';
import { windowItems } from './window-items';

export async function getTimelineWindow(filter: EventFilter, request: TimelineWindowRequest): Promise<TimelineWindow> {
  return readSnapshot(async () => {
    const { total, longestSpanDays } = await corpusFigures();
    const conditions = await filterConditions(filter);
    const unfiltered = isEmptyFilter(filter);
    const matching = unfiltered ? total : await matchingCount(conditions.collecting);
    const overlap = overlapCondition(request.start, request.end, longestSpanDays);
    const condition = unfiltered ? conditions.walking : await cheaperCondition(conditions, matching, overlap);
    const inWindow = Prisma.sql`${condition} AND ${overlap}`;
    // No window holds more matches than the filter has.
    const crowded = matching > MAX_WINDOW_ITEMS && await exceeds(inWindow, MAX_WINDOW_ITEMS);
    const items = crowded ? [] : await windowItems(inWindow);
    const window = { start: request.start, end: request.end, total, matching };
    if (!crowded) return { ...window, inWindow: items.length, items, clusters: [] };
    if (!unfiltered) return { ...window, items, ...(await windowClusters(inWindow, request)) };
    // Unfiltered: from the seed's per-lane counts; the lane "none" counts every event once.
    const clusters = await laneCountClusters(request, longestSpanDays);
    const perEvent = request.group === 'none' ? clusters : await laneCountClusters({ ...request, group: 'none' }, longestSpanDays);
    return { ...window, inWindow: perEvent.reduce((sum, cluster) => sum + cluster.count, 0), items, clusters };
  });
}

/**
 * The form of the filter that reads fewer events in this window: the walking form reads every event
 * of the window, the collecting one every event the filter matches (at about the same cost per
 * event). Counting the window's events walks one covering index, a small part of either.
 */
async function cheaperCondition(conditions: FilterConditions, matching: number, overlap: Prisma.Sql): Promise<Prisma.Sql> {
  return matching < (await countEvents(overlap)) ? conditions.collecting : conditions.walking;
}

/** Whether more than `limit` events meet `condition`, reading at most limit + 1 of them. */
async function exceeds(condition: Prisma.Sql, limit: number): Promise<boolean> {
  const [{ count }] = await db().$queryRaw<{ count: number | bigint }[]>`
    SELECT COUNT(*) AS count FROM (SELECT 1 FROM "Event" e WHERE ${condition} LIMIT ${limit + 1})`;
  return Number(count) > limit;
}
