// Every database read the app makes. Each returns plain, serialisable objects, so pages can hand
// them straight to client components.
import type { Inference, Precision, Stance, Discrepancy } from '../extract/types';
import { prisma } from './client';

export interface ActorSummary {
  slug: string;
  name: string;
  kind: string;
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
}

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

export interface SourceParagraph {
  number: number;
  text: string;
  kind: string;
  /** Cited spans of this paragraph, by offset, with the events they support. */
  quotes: { start: number; end: number; eventId: string; eventTitle: string }[];
}

export interface SourceView extends Omit<SourceSummary, 'origin' | 'file'> {
  paragraphs: SourceParagraph[];
}

/** Every event with its actors and citations, in date order. */
export async function getTimelineEvents(): Promise<TimelineEvent[]> {
  const events = await prisma.event.findMany({
    orderBy: [{ start: 'asc' }, { end: 'asc' }, { id: 'asc' }],
    include: {
      actors: { include: { actor: true } },
      citations: {
        include: { source: true, paragraph: { select: { number: true } } },
        orderBy: [{ sourceId: 'asc' }, { paragraphId: 'asc' }, { quoteStart: 'asc' }],
      },
    },
  });
  return events.map((event) => ({
    id: event.id,
    title: event.title,
    summary: event.summary,
    start: event.start,
    end: event.end,
    precision: event.precision as Precision,
    dateText: event.dateText,
    inferred: event.inferred === null ? null : (JSON.parse(event.inferred) as Inference),
    actors: event.actors
      .map(({ actor }) => ({ slug: actor.slug, name: actor.name, kind: actor.kind }))
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
    })),
    discrepancies: JSON.parse(event.discrepancies) as Discrepancy[],
  }));
}

/** One article with its paragraphs and the quotes cited from each, or null if there is none. */
export async function getSource(slug: string): Promise<SourceView | null> {
  const source = await prisma.source.findUnique({
    where: { slug },
    include: {
      paragraphs: {
        orderBy: { number: 'asc' },
        include: { citations: { include: { event: { select: { id: true, title: true } } }, orderBy: { quoteStart: 'asc' } } },
      },
    },
  });
  if (source === null) return null;
  return {
    slug: source.slug,
    title: source.title,
    publisher: source.publisher,
    author: source.author,
    published: source.published,
    url: source.url,
    referenceDate: source.referenceDate,
    referenceDateEstimated: source.referenceDateEstimated,
    paragraphs: source.paragraphs.map((paragraph) => ({
      number: paragraph.number,
      text: paragraph.text,
      kind: paragraph.kind,
      quotes: paragraph.citations.map((citation) => ({
        start: citation.quoteStart,
        end: citation.quoteEnd,
        eventId: citation.event.id,
        eventTitle: citation.event.title,
      })),
    })),
  };
}

/** Articles have no title when their text gives none; say so rather than invent one. */
export function displayTitle(source: { title: string | null; slug: string }): string {
  return source.title ?? `Untitled article (${source.slug})`;
}

export interface SourceSummary {
  slug: string;
  title: string | null;
  publisher: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  origin: string | null;
  file: string;
  referenceDate: string;
  referenceDateEstimated: boolean;
}

/** Every source's metadata, by slug. */
export async function getSources(): Promise<SourceSummary[]> {
  return prisma.source.findMany({
    orderBy: { slug: 'asc' },
    select: {
      slug: true, title: true, publisher: true, author: true, published: true, url: true, origin: true,
      file: true, referenceDate: true, referenceDateEstimated: true,
    },
  });
}
