// How far the matching events reach, for the timeline's initial view and "fit all", with the counts
// the toolbar shows ("N of M events").
import { Prisma } from '../../generated/prisma/client';
import type { EventFilter } from '../../query/event-filter';
import { prisma } from '../client';
import { countEvents } from './count-events';
import { filterCondition, isEmptyFilter } from './filter-condition';

export interface EventSpan {
  /** Events matching the filter. */
  matching: number;
  /** Every event in the database. */
  total: number;
  /** First day of the earliest matching event and last day of the latest; null when none match. */
  first: string | null;
  last: string | null;
}

/** The span and count of the events matching `filter`; throws a ParameterError for unknown slugs. */
export async function getEventSpan(filter: EventFilter): Promise<EventSpan> {
  const condition = await filterCondition(filter);
  const [row] = await prisma.$queryRaw<{ count: number | bigint; first: string | null; last: string | null }[]>`
    SELECT COUNT(*) AS count, MIN(e.start) AS first, MAX(e."end") AS last FROM "Event" e WHERE ${condition}`;
  const matching = Number(row.count);
  const total = isEmptyFilter(filter) ? matching : await countEvents(Prisma.sql`1`);
  return { matching, total, first: row.first, last: row.last };
}
