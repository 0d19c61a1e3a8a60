// An EventFilter as one SQL condition on `"Event" e`, shared by every filtered query so the API, the
// timeline and the exports select the same events. User input only ever enters as bound parameters.
// Actor and source tests are correlated EXISTS on (eventId, …) indexes: queries walk events in date
// order (windows, pages) and stop early, instead of collecting every event of a popular actor first.
import { Prisma } from '../../generated/prisma/client';
import type { EventFilter } from '../../query/event-filter';
import { corpusFigures } from './corpus-figures';
import { overlapCondition } from './overlap-condition';
import { resolveActors, resolveSources } from './resolve-slugs';
import { searchExpression } from './search-expression';

const MATCHES_ALL = Prisma.sql`1`;
const MATCHES_NOTHING = Prisma.sql`0`;

/** The filter as a condition on the alias `e`; throws a ParameterError for unknown slugs. */
export async function filterCondition(filter: EventFilter): Promise<Prisma.Sql> {
  const conditions: Prisma.Sql[] = [];
  const actorGroups = await resolveActors(filter.actors, filter.affiliated);
  if (actorGroups.length > 0) {
    // any: one test over every id; all: one test per requested actor.
    const groups = filter.mode === 'any' ? [[...new Set(actorGroups.flat())]] : actorGroups;
    for (const ids of groups) {
      conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventActor" ea WHERE ea.eventId = e.id AND ea.actorId IN (${Prisma.join(ids)}))`);
    }
  }
  const sourceIds = await resolveSources(filter.sources);
  if (sourceIds.length > 0) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Citation" c WHERE c.eventId = e.id AND c.sourceId IN (${Prisma.join(sourceIds)}))`);
  }
  // Overlap: an event matches when any of its days falls in the range.
  if (filter.from !== null || filter.to !== null) {
    conditions.push(overlapCondition(filter.from, filter.to, (await corpusFigures()).longestSpanDays));
  }
  if (filter.precisions.length > 0) conditions.push(Prisma.sql`e.precision IN (${Prisma.join(filter.precisions)})`);
  if (filter.q !== null) {
    const expression = searchExpression(filter.q);
    conditions.push(
      expression === null
        ? MATCHES_NOTHING
        : Prisma.sql`e.id IN (SELECT eventId FROM "EventSearch" WHERE "EventSearch" MATCH ${expression})`,
    );
  }
  return conditions.length === 0 ? MATCHES_ALL : Prisma.join(conditions, ' AND ');
}

/** True when the filter selects every event, so "matching" equals "total" without counting twice. */
export function isEmptyFilter(filter: EventFilter): boolean {
  return filter.actors.length === 0 && filter.sources.length === 0 && filter.from === null && filter.to === null
    && filter.q === null && filter.precisions.length === 0;
}
