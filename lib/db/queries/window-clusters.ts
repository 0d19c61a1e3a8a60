// Counts per period for a timeline window too crowded to draw event by event.
import { Prisma } from '../../generated/prisma/client';
import type { Grouping, TimelineCluster, TimelineWindowRequest } from '../../query/timeline-window';
import { prisma } from '../client';
import { choosePeriod, periodIndexSql, periodSpan } from './cluster-periods';

interface ClusterRow {
  period: number | bigint;
  lane: string | null;
  count: number | bigint;
}

/**
 * How many events matching `inWindow` (a condition on `e`) fall in each period of the window, per
 * lane. An event counts in the period where it starts, or in the window's first period when it
 * started earlier, so the counts of a lane add up to its events in the window. With group=actor an
 * event counts once in each of its actors' lanes, with group=source once per citing source; events
 * without any actor have the lane null.
 */
export async function windowClusters(inWindow: Prisma.Sql, request: TimelineWindowRequest): Promise<TimelineCluster[]> {
  const period = choosePeriod(request.start, request.end);
  const periodOf = periodIndexSql(period, Prisma.sql`max(e.start, ${request.start})`);
  const rows = await prisma.$queryRaw<ClusterRow[]>(clusterQuery(request.group, periodOf, inWindow));
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

function clusterQuery(group: Grouping, periodOf: Prisma.Sql, inWindow: Prisma.Sql): Prisma.Sql {
  switch (group) {
    case 'none':
      return Prisma.sql`
        SELECT ${periodOf} AS period, NULL AS lane, COUNT(*) AS count
        FROM "Event" e WHERE ${inWindow}
        GROUP BY period ORDER BY period`;
    case 'actor':
      return Prisma.sql`
        SELECT ${periodOf} AS period, a.slug AS lane, COUNT(*) AS count
        FROM "Event" e
        LEFT JOIN "EventActor" ea ON ea.eventId = e.id
        LEFT JOIN "Actor" a ON a.id = ea.actorId
        WHERE ${inWindow}
        GROUP BY period, lane ORDER BY period, lane`;
    case 'source':
      return Prisma.sql`
        SELECT ${periodOf} AS period, s.slug AS lane, COUNT(DISTINCT e.id) AS count
        FROM "Event" e
        LEFT JOIN "Citation" c ON c.eventId = e.id
        LEFT JOIN "Source" s ON s.id = c.sourceId
        WHERE ${inWindow}
        GROUP BY period, lane ORDER BY period, lane`;
  }
}
