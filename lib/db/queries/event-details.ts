// Events with their actors and citations by id, in three statements (events, actors, citations)
// over the (eventId, …) indexes. Prisma's `include` loads the same rows but costs ~1 ms per event
// at 10^5 events, which a page of 100–500 events cannot afford.
import { Prisma } from '../../generated/prisma/client';
import type { Discrepancy, Inference, Precision, Stance } from '../../extract/types';
import { db } from '../snapshot';
import { displayTitle, sqlBoolean, type ActorSummary, type CitationView, type TimelineEvent } from './views';

interface EventRow {
  id: string;
  title: string;
  summary: string;
  start: string;
  end: string;
  precision: string;
  dateText: string;
  inferred: string | null;
  discrepancies: string;
}

interface ActorRow extends Omit<ActorSummary, 'discovered'> {
  eventId: string;
  discovered: number | bigint;
}

interface CitationRow {
  eventId: string;
  slug: string;
  title: string | null;
  publisher: string | null;
  paragraph: number | bigint;
  quote: string;
  quoteStart: number | bigint;
  quoteEnd: number | bigint;
  stance: string;
  claimant: string | null;
}

/** The events with these ids, in the order of `ids`; ids without an event are left out. */
export async function eventsWithDetails(ids: string[]): Promise<TimelineEvent[]> {
  if (ids.length === 0) return [];
  const wanted = Prisma.join(ids);
  const events = await db().$queryRaw<EventRow[]>`
    SELECT id, title, summary, start, "end" AS "end", precision, dateText, inferred, discrepancies
    FROM "Event" WHERE id IN (${wanted})`;
  const actors = await db().$queryRaw<ActorRow[]>`
    SELECT ea.eventId, a.slug, a.name, a.kind, a.discovered
    FROM "EventActor" ea JOIN "Actor" a ON a.id = ea.actorId WHERE ea.eventId IN (${wanted})`;
  // The order getTimelineEvents reads citations in (views.ts EVENT_DETAILS).
  const citations = await db().$queryRaw<CitationRow[]>`
    SELECT c.eventId, s.slug, s.title, s.publisher, p.number AS paragraph, c.quote, c.quoteStart, c.quoteEnd, c.stance, c.claimant
    FROM "Citation" c JOIN "Source" s ON s.id = c.sourceId JOIN "Paragraph" p ON p.id = c.paragraphId
    WHERE c.eventId IN (${wanted})
    ORDER BY c.eventId, c.sourceId, c.paragraphId, c.quoteStart`;
  const actorsOf = groupBy(actors, (row): ActorSummary => ({ slug: row.slug, name: row.name, kind: row.kind, discovered: sqlBoolean(row.discovered) }));
  const citationsOf = groupBy(citations, (row): CitationView => ({
    source: row.slug,
    sourceTitle: displayTitle(row),
    publisher: row.publisher,
    paragraph: Number(row.paragraph),
    quote: row.quote,
    start: Number(row.quoteStart),
    end: Number(row.quoteEnd),
    stance: row.stance as Stance,
    claimant: row.claimant,
  }));
  const byId = new Map(events.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (row === undefined) return [];
    return [{
      id: row.id,
      title: row.title,
      summary: row.summary,
      start: row.start,
      end: row.end,
      precision: row.precision as Precision,
      dateText: row.dateText,
      inferred: row.inferred === null ? null : (JSON.parse(row.inferred) as Inference),
      actors: (actorsOf.get(id) ?? []).sort((a, b) => a.name.localeCompare(b.name)),
      citations: citationsOf.get(id) ?? [],
      discrepancies: JSON.parse(row.discrepancies) as Discrepancy[],
    }];
  });
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
