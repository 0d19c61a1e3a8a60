// How far the matching events reach, for the timeline's initial view and "fit all", with the counts
// the toolbar shows ("N of M events").
import type { EventFilter } from '../../query/event-filter';
import { prisma } from '../client';
import { corpusFigures, matchingCount } from './corpus-figures';
import { dateOrderCondition, filterConditions, isEmptyFilter } from './filter-condition';

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
  const conditions = await filterConditions(filter);
  const { total } = await corpusFigures();
  const matching = isEmptyFilter(filter) ? total : await matchingCount(conditions.collecting);
  // Walking the (start) and (end) indexes from either side stops at the first match, where
  // MIN/MAX over a filtered set would read every matching event; a few matches are read directly.
  const condition = dateOrderCondition(conditions, matching, total, 1);
  const [first] = await prisma.$queryRaw<{ day: string }[]>`
    SELECT e.start AS day FROM "Event" e WHERE ${condition} ORDER BY e.start LIMIT 1`;
  const [last] = await prisma.$queryRaw<{ day: string }[]>`
    SELECT e."end" AS day FROM "Event" e WHERE ${condition} ORDER BY e."end" DESC LIMIT 1`;
  return {
    matching,
    total,
    first: first?.day ?? null,
    last: last?.day ?? null,
  };
}
