// The shapes the query module hands out (plain, serialisable objects, so pages can pass them straight
// to client components and the API can send them as JSON), and the mapping from stored rows to them.
import type { Discrepancy, Inference, Precision, Stance } from '../../extract/types';
import type { Prisma } from '../../generated/prisma/client';

export interface ActorSummary {
  slug: string;
  name: string;
  kind: string;
  /** True for an actor found in the articles' text rather than listed in the gazetteer. */
  discovered: boolean;
}

/** SQLite hands booleans back from raw queries as 0/1 (number or bigint). */
export function sqlBoolean(value: unknown): boolean {
  return Number(value) !== 0;
}

export interface CitationView {
  source: string;
  sourceTitle: string;
  publisher: string | null;
  paragraph: number;
  quote: string;
  /** Offsets of the quote in its paragraph. */
  start: number;
  end: number;
  stance: Stance;
  /** Who the passage attributes the happening to, as written; null: the source itself, or no one named. */
  claimant: string | null;
}

/** One event as the API and the timeline show it, with everything needed to check it. */
export interface TimelineEvent {
  id: string;
  title: string;
  summary: string;
  start: string;
  end: string;
  precision: Precision;
  dateText: string;
  inferred: Inference | null;
  actors: ActorSummary[];
  citations: CitationView[];
  discrepancies: Discrepancy[];
}

/** What a TimelineEvent is read with (`prisma.event.findMany({ include: EVENT_DETAILS })`). */
export const EVENT_DETAILS = {
  actors: { include: { actor: true } },
  citations: {
    include: { source: true, paragraph: { select: { number: true } } },
    orderBy: [{ sourceId: 'asc' }, { paragraphId: 'asc' }, { quoteStart: 'asc' }],
  },
} satisfies Prisma.EventInclude;

type EventWithDetails = Prisma.EventGetPayload<{ include: typeof EVENT_DETAILS }>;

export function toTimelineEvent(event: EventWithDetails): TimelineEvent {
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    start: event.start,
    end: event.end,
    precision: event.precision as Precision,
    dateText: event.dateText,
    inferred: event.inferred === null ? null : (JSON.parse(event.inferred) as Inference),
    actors: event.actors
      .map(({ actor }) => ({ slug: actor.slug, name: actor.name, kind: actor.kind, discovered: actor.discovered }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    citations: event.citations.map((citation) => ({
      source: citation.source.slug,
      sourceTitle: displayTitle(citation.source),
      publisher: citation.source.publisher,
      paragraph: citation.paragraph.number,
      quote: citation.quote,
      start: citation.quoteStart,
      end: citation.quoteEnd,
      stance: citation.stance as Stance,
      claimant: citation.claimant,
    })),
    discrepancies: JSON.parse(event.discrepancies) as Discrepancy[],
  };
}

/** Articles have no title when their text gives none; say so rather than invent one. */
export function displayTitle(source: { title: string | null; slug: string }): string {
  return source.title ?? `Untitled article (${source.slug})`;
}
