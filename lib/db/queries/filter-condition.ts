// An EventFilter as SQL conditions on `"Event" e`, shared by every filtered query so the API, the
// timeline and the exports select the same events. User input only ever enters as bound parameters.
// The actor and source tests come in two forms that select the same events but read differently;
// each query takes the one that reads less (see FilterConditions).
import { Prisma } from '../../generated/prisma/client';
import type { EventFilter } from '../../query/event-filter';
import { corpusFigures } from './corpus-figures';
import { overlapCondition } from './overlap-condition';
import { resolveActors, resolveSources } from './resolve-slugs';
import { searchExpression } from './search-expression';

const MATCHES_ALL = Prisma.sql`1`;
const MATCHES_NOTHING = Prisma.sql`0`;

/** The same filter, as two conditions on the alias `e` that select the same events. */
export interface FilterConditions {
  /**
   * Tests each event it meets with a correlated EXISTS on the (eventId, …) indexes: for reads that
   * walk events in date order and stop early (pages, the first match, "more than N?"), and for
   * windows holding fewer events than the filter matches.
   */
  walking: Prisma.Sql;
  /**
   * Collects the ids of one source or actor test's events from the (sourceId, eventId) or
   * (actorId, eventId) index first and reads those events by id, testing the rest per event: for
   * reads of every match (counts, clusters) when the filter matches fewer events than the window
   * holds, and for date-order reads of few matches.
   */
  collecting: Prisma.Sql;
}

/** The table linking events to actors or sources, and its column holding the linked row's id. */
interface Link {
  table: Prisma.Sql;
  column: Prisma.Sql;
}

const ACTOR_LINK: Link = { table: Prisma.raw('"EventActor"'), column: Prisma.raw('actorId') };
const SOURCE_LINK: Link = { table: Prisma.raw('"Citation"'), column: Prisma.raw('sourceId') };

/** The filter as conditions on the alias `e`; throws a ParameterError for unknown slugs. */
export async function filterConditions(filter: EventFilter): Promise<FilterConditions> {
  const actorGroups = await resolveActors(filter.actors, filter.affiliated);
  const sourceIds = await resolveSources(filter.sources);
  const links: FilterConditions[] = [];
  if (sourceIds.length > 0) links.push(linkedTo(SOURCE_LINK, sourceIds));
  if (actorGroups.length > 0) {
    // any: one test over every id; all: one test per requested actor.
    const groups = filter.mode === 'any' ? [[...new Set(actorGroups.flat())]] : actorGroups;
    for (const ids of groups) links.push(linkedTo(ACTOR_LINK, ids));
  }
  const rest = await otherConditions(filter);
  // Matches are collected from one list, the one likely to be shortest: the sources' events (an
  // article has a few), else the search's, else the first actor's. Building a second list (36,378
  // ids for Hamas) would cost more than testing the collected events' other links one by one.
  const collectsLink = sourceIds.length > 0 || filter.q === null;
  return {
    walking: allOf([...links.map((link) => link.walking), ...rest]),
    collecting: allOf([...links.map((link, i) => (i === 0 && collectsLink ? link.collecting : link.walking)), ...rest]),
  };
}

/** Events linked through `link` to any of the rows `ids`. */
function linkedTo(link: Link, ids: number[]): FilterConditions {
  const list = Prisma.join(ids);
  return {
    // `+` keeps the list out of the index search: one seek on (eventId) per event, then its few
    // links checked against the list, instead of one seek per listed id (Hamas stands for 10).
    walking: Prisma.sql`EXISTS (SELECT 1 FROM ${link.table} l WHERE l.eventId = e.id AND +l.${link.column} IN (${list}))`,
    collecting: Prisma.sql`e.id IN (SELECT eventId FROM ${link.table} WHERE ${link.column} IN (${list}))`,
  };
}

/** The date range, precision and text conditions, the same in both forms. */
async function otherConditions(filter: EventFilter): Promise<Prisma.Sql[]> {
  const conditions: Prisma.Sql[] = [];
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
        // The search table's rowid is the event's seq: matches are read as integers, not stored ids.
        : Prisma.sql`e.seq IN (SELECT rowid FROM "EventSearch" WHERE "EventSearch" MATCH ${expression})`,
    );
  }
  return conditions;
}

function allOf(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length === 0 ? MATCHES_ALL : Prisma.join(conditions, ' AND ');
}

/**
 * The form for a read in date order that stops after `limit` matches. Walking meets about
 * limit × total / matching events when the matches are spread out; collecting reads every match.
 */
export function dateOrderCondition(conditions: FilterConditions, matching: number, total: number, limit: number): Prisma.Sql {
  return matching * matching < limit * total ? conditions.collecting : conditions.walking;
}

/** True when the filter selects every event, so "matching" equals "total" without counting twice. */
export function isEmptyFilter(filter: EventFilter): boolean {
  return filter.actors.length === 0 && filter.sources.length === 0 && filter.from === null && filter.to === null
    && filter.q === null && filter.precisions.length === 0;
}
