// Clusters of a crowded window grouped by source: the lanes of the chosen sources (source-lanes.ts)
// and one lane for the events of every other source, where an event counts once however many of
// those sources cite it. Counts of different sources are never added up.
import { Prisma } from '../../generated/prisma/client';
import { OTHER_SOURCES_LANE, type TimelineCluster, type TimelineWindowRequest } from '../../query/timeline-window';
import { db } from '../snapshot';
import { eventLanes } from './cluster-lanes';
import { choosePeriod, periodIndexSql, type Period } from './cluster-periods';
import { laneCountClusters, laneCountRows } from './lane-count-clusters';
import { overlapCondition } from './overlap-condition';
import { TOP_LANE_CLUSTERS, sourceLanesOfRows, topLanes, type SourceLaneRule, type TopLaneRow } from './source-lanes';
import { toClusters, type ClusterRow, type CountedClusters } from './window-clusters';

/** windowClusters for group=source: the events matching `inWindow`, read once, in the lanes `rule` allows. */
export async function countedSourceLaneClusters(inWindow: Prisma.Sql, request: TimelineWindowRequest, rule: SourceLaneRule): Promise<CountedClusters> {
  const period = choosePeriod(request.start, request.end);
  const lanes = eventLanes('source');
  // With a source filter every event is in the lane of a filter source, and only those have lanes.
  const others = rule.filterSources.length > 0 ? Prisma.empty : Prisma.sql`
    UNION ALL
    SELECT e.period, ${OTHER_SOURCES_LANE}, NULL, COUNT(*), (SELECT COUNT(*) FROM totals)
    FROM matched e
    WHERE EXISTS (SELECT 1 FROM "Citation" c WHERE c.eventId = e.id AND c.sourceId NOT IN (SELECT laneId FROM top))
    GROUP BY e.period`;
  const rows = await db().$queryRaw<(TopLaneRow & { inWindow: number | bigint })[]>`
    WITH matched AS MATERIALIZED (SELECT e.id, ${periodOf(period, request)} AS period FROM "Event" e WHERE ${inWindow}),
    counted AS MATERIALIZED (
      SELECT e.period, ${lanes.laneId} AS laneId, ${lanes.count} AS count FROM matched e ${lanes.join} GROUP BY e.period, laneId
    ),
    ${topLanes(rule)}
    SELECT *, (SELECT COUNT(*) FROM matched) AS inWindow FROM (${TOP_LANE_CLUSTERS} ${others})
    ORDER BY period, lane`;
  return { inWindow: Number(rows[0]?.inWindow ?? 0), clusters: toClusters(period, request, rows), sourceLanes: sourceLanesOfRows(rows) };
}

/**
 * The same for the unfiltered timeline, from the seed's per-lane counts. The other sources' lane
 * holds every event of the window less those cited by chosen sources only (every event cites some
 * source), which reads only the chosen sources' events rather than the window's 10^5.
 */
export async function laneCountSourceLaneClusters(request: TimelineWindowRequest, longestSpanDays: number, rule: SourceLaneRule): Promise<CountedClusters> {
  const period = choosePeriod(request.start, request.end);
  const rows = await db().$queryRaw<TopLaneRow[]>`
    WITH counted AS MATERIALIZED (${laneCountRows(period, request, longestSpanDays)}),
    ${topLanes(rule)}
    SELECT * FROM (${TOP_LANE_CLUSTERS}) ORDER BY period, lane`;
  const sourceLanes = sourceLanesOfRows(rows);
  const everyEvent = await laneCountClusters({ ...request, group: 'none' }, longestSpanDays);
  const chosen = sourceLanes.sources.map((source) => source.slug);
  const others = sourceLanes.otherSources === 0 ? [] : await otherSourcesClusters(period, request, longestSpanDays, chosen, everyEvent);
  return {
    inWindow: everyEvent.reduce((sum, cluster) => sum + cluster.count, 0),
    clusters: [...toClusters(period, request, rows), ...others],
    sourceLanes,
  };
}

async function otherSourcesClusters(
  period: Period, request: TimelineWindowRequest, longestSpanDays: number, chosen: string[], everyEvent: TimelineCluster[],
): Promise<TimelineCluster[]> {
  const chosenIds = Prisma.sql`SELECT id FROM "Source" WHERE slug IN (${Prisma.join(chosen)})`;
  const rows = await db().$queryRaw<ClusterRow[]>`
    SELECT ${periodOf(period, request)} AS period, NULL AS lane, COUNT(*) AS count
    FROM "Event" e
    WHERE e.id IN (SELECT eventId FROM "Citation" WHERE sourceId IN (${chosenIds}))
      AND ${overlapCondition(request.start, request.end, longestSpanDays)}
      AND NOT EXISTS (SELECT 1 FROM "Citation" c WHERE c.eventId = e.id AND c.sourceId NOT IN (${chosenIds}))
    GROUP BY period`;
  const chosenOnly = new Map(toClusters(period, request, rows).map((cluster) => [cluster.start, cluster.count]));
  return everyEvent
    .map((cluster) => ({ ...cluster, count: cluster.count - (chosenOnly.get(cluster.start) ?? 0), group: OTHER_SOURCES_LANE }))
    .filter((cluster) => cluster.count > 0);
}

/** The period an event of the window counts in: where it starts, or the first when it began earlier. */
function periodOf(period: Period, request: TimelineWindowRequest): Prisma.Sql {
  return periodIndexSql(period, Prisma.sql`max(e.start, ${request.start})`);
}
