// Clusters of the unfiltered timeline from the seed's per-lane counts (`LaneCount`): the timeline's
// first draw asks for every event of every year per actor, and adding up a few thousand pre-counted
// rows answers it without reading 10^5 events and their actors. Filtered windows count events
// instead (window-clusters.ts); both give the same clusters for the same events.
import { Prisma } from '../../generated/prisma/client';
import type { Grouping, TimelineCluster, TimelineWindowRequest } from '../../query/timeline-window';
import { db } from '../snapshot';
import { eventLanes, laneJoin, laneSlug } from './cluster-lanes';
import { choosePeriod, periodIndex, periodSpan, type Period } from './cluster-periods';
import { overlapCondition } from './overlap-condition';
import { toClusters, type ClusterRow } from './window-clusters';

const DAY: Period = { unit: 'day', step: 1 };
const MONTH: Period = { unit: 'month', step: 1 };

/** A range of LaneCount buckets and the period (an SQL expression on `bucket`) they count in. */
interface Piece {
  unit: 'day' | 'month';
  first: number;
  last: number;
  period: Prisma.Sql;
}

/**
 * The clusters windowClusters would give for every event overlapping the window. Events starting in
 * the window come from LaneCount; the few that started before it and still run (they count in the
 * first period) are counted from the events themselves.
 */
export async function laneCountClusters(request: TimelineWindowRequest, longestSpanDays: number): Promise<TimelineCluster[]> {
  const period = choosePeriod(request.start, request.end);
  const rows = await db().$queryRaw<ClusterRow[]>`
    SELECT t.period, ${laneSlug(request.group)} AS lane, SUM(t.count) AS count
    FROM (${laneCountRows(period, request, longestSpanDays)}) t
    ${laneJoin(request.group)}
    GROUP BY t.period, t.laneId ORDER BY t.period, lane`;
  return toClusters(period, request, rows);
}

/**
 * Rows of (period, laneId, count) whose counts, summed per period and lane, are the window's
 * clusters; a period and lane may have several rows (one per bucket range read).
 */
export function laneCountRows(period: Period, request: TimelineWindowRequest, longestSpanDays: number): Prisma.Sql {
  const started = startPieces(period, request.start, request.end).map((piece) => Prisma.sql`
    SELECT ${piece.period} AS period, laneId, count FROM "LaneCount"
    WHERE grouping = ${request.group} AND unit = ${piece.unit} AND bucket BETWEEN ${piece.first} AND ${piece.last}`);
  const runningBefore = Prisma.sql`${overlapCondition(request.start, null, longestSpanDays)} AND e.start < ${request.start}`;
  const parts = [...started, earlierEvents(request.group, integer(periodIndex(period, request.start)), runningBefore)];
  return Prisma.join(parts, ' UNION ALL ');
}

/**
 * The bucket ranges covering the days from `start` to `end`. Day periods read day buckets. Month and
 * year periods read whole months from month buckets, and the days of a month the window only partly
 * covers from day buckets: those days all fall in the period of the window's first or last day.
 */
export function startPieces(period: Period, start: string, end: string): Piece[] {
  const step = integer(period.step);
  const days = (from: string, to: string, at: string): Piece => ({
    unit: 'day', first: periodIndex(DAY, from), last: periodIndex(DAY, to), period: integer(periodIndex(period, at)),
  });
  if (period.unit === 'day') {
    return [{ unit: 'day', first: periodIndex(DAY, start), last: periodIndex(DAY, end), period: Prisma.sql`(bucket / ${step})` }];
  }
  const firstMonth = periodIndex(MONTH, start);
  const lastMonth = periodIndex(MONTH, end);
  const startsMonth = periodSpan(MONTH, firstMonth).start === start;
  const endsMonth = periodSpan(MONTH, lastMonth).end === end;
  if (firstMonth === lastMonth && !(startsMonth && endsMonth)) return [days(start, end, start)];
  const pieces: Piece[] = [];
  if (!startsMonth) pieces.push(days(start, periodSpan(MONTH, firstMonth).end, start));
  if (!endsMonth) pieces.push(days(periodSpan(MONTH, lastMonth).start, end, end));
  const wholeFirst = startsMonth ? firstMonth : firstMonth + 1;
  const wholeLast = endsMonth ? lastMonth : lastMonth - 1;
  if (wholeFirst <= wholeLast) {
    const monthPeriod = period.unit === 'month' ? Prisma.sql`(bucket / ${step})` : Prisma.sql`(bucket / 12 / ${step})`;
    pieces.push({ unit: 'month', first: wholeFirst, last: wholeLast, period: monthPeriod });
  }
  return pieces;
}

/** Per lane, the events meeting `condition`, all counted in the period `period`. */
function earlierEvents(group: Grouping, period: Prisma.Sql, condition: Prisma.Sql): Prisma.Sql {
  const lanes = eventLanes(group);
  return Prisma.sql`
    SELECT ${period} AS period, ${lanes.laneId} AS laneId, ${lanes.count} AS count
    FROM "Event" e ${lanes.join}
    WHERE ${condition} GROUP BY laneId`;
}

/** A bound number that SQLite divides and compares as an integer. */
function integer(value: number): Prisma.Sql {
  return Prisma.sql`CAST(${value} AS INTEGER)`;
}
