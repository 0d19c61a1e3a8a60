// What the timeline shows of a window: its events, or counts per period when there are too many.
import { Prisma } from '../../generated/prisma/client';
import type { EventFilter } from '../../query/event-filter';
import { MAX_SOURCE_LANES, MAX_WINDOW_ITEMS, type TimelineWindow, type TimelineWindowRequest } from '../../query/timeline-window';
import { db, readSnapshot } from '../snapshot';
import { corpusFigures, matchingCount } from './corpus-figures';
import { filterConditions, isEmptyFilter } from './filter-condition';
import { laneCountClusters } from './lane-count-clusters';
import { overlapCondition } from './overlap-condition';
import { countedSourceLaneClusters, laneCountSourceLaneClusters } from './source-lane-clusters';
import { itemSourceLanes, type SourceLaneRule } from './source-lanes';
import { windowClusters, type CountedClusters } from './window-clusters';
import { windowItems } from './window-items';

/** `sourceLaneCap`: how many sources may have lanes with group=source (tests use small corpora). */
export async function getTimelineWindow(
  filter: EventFilter, request: TimelineWindowRequest, sourceLaneCap = MAX_SOURCE_LANES,
): Promise<TimelineWindow> {
  const rule: SourceLaneRule = { filterSources: filter.sources, cap: sourceLaneCap };
  const countClusters = (condition: Prisma.Sql) =>
    request.group === 'source' ? countedSourceLaneClusters(condition, request, rule) : windowClusters(condition, request, filter.actors);
  return readSnapshot(async () => {
    const { total, longestSpanDays } = await corpusFigures();
    const conditions = await filterConditions(filter);
    const unfiltered = isEmptyFilter(filter);
    const matching = unfiltered ? total : await matchingCount(conditions.collecting);
    const overlap = overlapCondition(request.start, request.end, longestSpanDays);
    // Read whichever is smaller: the window's events, walked in date order, or the filter's matches,
    // collected by id (about the same cost per event read). Telling which walks at most `matching`
    // entries of one covering index, a small part of either.
    const collect = !unfiltered && await exceeds(overlap, matching);
    const inWindow = Prisma.sql`${collect ? conditions.collecting : conditions.walking} AND ${overlap}`;
    const window = { start: request.start, end: request.end, total, matching };
    // No window holds more matches than the filter has. Collected matches are counted and clustered
    // in one read, kept if they crowd the window; a walk stops after MAX_WINDOW_ITEMS + 1 of them.
    const mayCrowd = matching > MAX_WINDOW_ITEMS;
    const counted = collect && mayCrowd ? await countClusters(inWindow) : null;
    const crowded = mayCrowd && (counted === null ? await exceeds(inWindow, MAX_WINDOW_ITEMS) : counted.inWindow > MAX_WINDOW_ITEMS);
    if (!crowded) {
      const items = await windowItems(inWindow);
      const sourceLanes = request.group === 'source' ? { sourceLanes: await itemSourceLanes(items, rule) } : {};
      return { ...window, inWindow: items.length, items, clusters: [], ...sourceLanes };
    }
    if (!unfiltered) return { ...window, items: [], ...(counted ?? await countClusters(inWindow)) };
    return { ...window, items: [], ...(await unfilteredClusters(request, longestSpanDays, rule)) };
  });
}

/** From the seed's per-lane counts; the lane "none" counts every event once. */
async function unfilteredClusters(request: TimelineWindowRequest, longestSpanDays: number, rule: SourceLaneRule): Promise<CountedClusters> {
  if (request.group === 'source') return laneCountSourceLaneClusters(request, longestSpanDays, rule);
  const clusters = await laneCountClusters(request, longestSpanDays);
  const perEvent = request.group === 'none' ? clusters : await laneCountClusters({ ...request, group: 'none' }, longestSpanDays);
  return { inWindow: perEvent.reduce((sum, cluster) => sum + cluster.count, 0), clusters };
}

/** Whether more than `limit` events meet `condition`, reading at most limit + 1 of them. */
async function exceeds(condition: Prisma.Sql, limit: number): Promise<boolean> {
  const [{ count }] = await db().$queryRaw<{ count: number | bigint }[]>`
    SELECT COUNT(*) AS count FROM (SELECT 1 FROM "Event" e WHERE ${condition} LIMIT ${limit + 1})`;
  return Number(count) > limit;
}
