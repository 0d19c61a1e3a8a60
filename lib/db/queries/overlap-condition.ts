import { Prisma } from '../../generated/prisma/client';
import { periodIndex, periodSpan } from './cluster-periods';

const DAY = { unit: 'day', step: 1 } as const;

/**
 * Events with at least one day in [from, to] (either end open when null), as a condition on `e`.
 * `end >= from` alone would read the index from every event's start; no event lasts longer than
 * the corpus's longest one, so its start is also at most that many days before `from`, which
 * bounds the index range on (start, end, id) from both sides.
 */
export function overlapCondition(from: string | null, to: string | null, longestSpanDays: number): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (from !== null) {
    const earliestStart = periodSpan(DAY, periodIndex(DAY, from) - longestSpanDays).start;
    conditions.push(Prisma.sql`e."end" >= ${from} AND e.start >= ${earliestStart}`);
  }
  if (to !== null) conditions.push(Prisma.sql`e.start <= ${to}`);
  return conditions.length === 0 ? Prisma.sql`1` : Prisma.join(conditions, ' AND ');
}
