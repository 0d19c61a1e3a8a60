// Events with their actors and citations, in three statements (events, actors, citations) over the
// (eventId, …) indexes. Prisma's `include` loads the same rows but costs ~1 ms per event at 10^5
// events, which a page of 100–500 events cannot afford.
import { Prisma } from '../../generated/prisma/client';
import { db } from '../snapshot';
import { sqlBoolean, toCitationView, toTimelineEvent, type ActorSummary, type CitationRow, type CitationView, type EventRow, type TimelineEvent } from './views';

interface ActorRow extends Omit<ActorSummary, 'discovered'> {
  eventId: string;
  discovered: number | bigint;
}

/** Which events to read: a condition on the column holding an event's id. */
type EventCondition = (column: Prisma.Sql) => Prisma.Sql;

/** The events with these ids, in the order of `ids`; ids without an event are left out. */
export async function eventsWithDetails(ids: string[]): Promise<TimelineEvent[]> {
  if (ids.length === 0) return [];
  const wanted = Prisma.join(ids);
  const byId = new Map((await readEvents((column) => Prisma.sql`${column} IN (${wanted})`)).map((event) => [event.id, event]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Every event, in date order (start, end, id). */
export async function allEventsWithDetails(): Promise<TimelineEvent[]> {
  return readEvents(() => Prisma.sql`1`);
}

async function readEvents(condition: EventCondition): Promise<TimelineEvent[]> {
  const events = await db().$queryRaw<EventRow[]>`
    SELECT id, title, summary, start, "end" AS "end", precision, dateText, inferred, discrepancies, sourceCount, passageCount, mentionCount
    FROM "Event" e WHERE ${condition(Prisma.sql`e.id`)}
    ORDER BY e.start, e."end", e.id`;
  const actors = await db().$queryRaw<ActorRow[]>`
    SELECT ea.eventId, a.slug, a.name, a.kind, a.discovered
    FROM "EventActor" ea JOIN "Actor" a ON a.id = ea.actorId WHERE ${condition(Prisma.sql`ea.eventId`)}`;
  // Each event's citations in source order: by source, paragraph and offset.
  const citations = await db().$queryRaw<(CitationRow & { eventId: string })[]>`
    SELECT c.eventId, s.slug, s.title, s.publisher, p.number AS paragraph, c.quote, c.quoteStart, c.quoteEnd, c.stance, c.claimant, c.role, c.roleBasis
    FROM "Citation" c JOIN "Source" s ON s.id = c.sourceId JOIN "Paragraph" p ON p.id = c.paragraphId
    WHERE ${condition(Prisma.sql`c.eventId`)}
    ORDER BY c.eventId, c.sourceId, c.paragraphId, c.quoteStart`;
  const actorsOf = groupBy(actors, (row): ActorSummary => ({ slug: row.slug, name: row.name, kind: row.kind, discovered: sqlBoolean(row.discovered) }));
  const citationsOf = groupBy(citations, (row): CitationView => toCitationView(row));
  return events.map((row) => toTimelineEvent(row, actorsOf.get(row.id) ?? [], citationsOf.get(row.id) ?? []));
}

function groupBy<Row extends { eventId: string }, Value>(rows: Row[], toValue: (row: Row) => Value): Map<string, Value[]> {
  const groups = new Map<string, Value[]>();
  for (const row of rows) {
    const group = groups.get(row.eventId);
    if (group === undefined) groups.set(row.eventId, [toValue(row)]);
    else group.push(toValue(row));
  }
  return groups;
}
