// Counts per period for a timeline window too crowded to draw event by event.
import { Prisma } from '../../generated/prisma/client';
import type { SourceLanes, TimelineCluster, TimelineWindowRequest } from '../../query/timeline-window';
import { db } from '../snapshot';
import { eventLanes, laneJoin, laneSlug } from './cluster-lanes';
import { choosePeriod, periodIndexSql, periodSpan, type Period } from './cluster-periods';

export interface ClusterRow {
  period: number | bigint;
  lane: string | null;
  count: number | bigint;
}

export interface CountedClusters {
  /** Events matching `inWindow`, each counted once. */
  inWindow: number;
  clusters: TimelineCluster[];
  /** With group=source, the sources the clusters have lanes for. */
  sourceLanes?: SourceLanes;
}

/**
 * How many events matching `inWindow` (a condition on `e`) fall in each period of the window, per
 * lane. An event counts in the period where it starts, or in the window's first period when it
 * started earlier, so the counts of a lane add up to its events in the window. With group=actor an
 * event counts once in each of its actors' lanes (news outlets only when `namedActors` names them), with group=source once per citing source; events
 * without any actor have the lane null.
 */
export async function windowClusters(inWindow: Prisma.Sql, request: TimelineWindowRequest, namedActors: readonly string[] = []): Promise<CountedClusters> {
  const period = choosePeriod(request.start, request.end);
  const periodOf = periodIndexSql(period, Prisma.sql`max(e.start, ${request.start})`);
  const lanes = eventLanes(request.group, namedActors);
  // The matching events are read once, for the clusters and for how many there are.
  const rows = await db().$queryRaw<(ClusterRow & { inWindow: number | bigint })[]>`
    WITH matched AS MATERIALIZED (SELECT e.id, ${periodOf} AS period FROM "Event" e WHERE ${inWindow})
    SELECT t.period, ${laneSlug(request.group)} AS lane, t.count, (SELECT COUNT(*) FROM matched) AS inWindow
    FROM (
      SELECT e.period, ${lanes.laneId} AS laneId, ${lanes.count} AS count
      FROM matched e ${lanes.join}
      GROUP BY e.period, laneId
    ) t
    ${laneJoin(request.group)}
    ORDER BY t.period, lane`;
  return { inWindow: Number(rows[0]?.inWindow ?? 0), clusters: toClusters(period, request, rows) };
}

/** Rows of (period index, lane, count) as clusters, each period clipped to the window. */
export function toClusters(period: Period, request: TimelineWindowRequest, rows: ClusterRow[]): TimelineCluster[] {
  return rows.map((row) => {
    const span = periodSpan(period, Number(row.period));
    return {
      // Clipped to the window: the counts cover only the window's part of a period.
      start: span.start < request.start ? request.start : span.start,
      end: span.end > request.end ? request.end : span.end,
      count: Number(row.count),
      group: row.lane,
    };
  });
}
