// Reads of the articles (sources) and their paragraphs.
import { prisma } from '../client';

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
  /** Events that cite this source at least once. */
  eventCount: number;
}

export interface SourceParagraph {
  number: number;
  text: string;
  kind: string;
  /** Cited spans of this paragraph, by offset, with the events they support. */
  quotes: { start: number; end: number; eventId: string; eventTitle: string }[];
}

export interface SourceView extends Omit<SourceSummary, 'origin' | 'file' | 'eventCount'> {
  paragraphs: SourceParagraph[];
}

interface SourceRow extends Omit<SourceSummary, 'referenceDateEstimated' | 'eventCount'> {
  referenceDateEstimated: number | boolean;
  eventCount: number | bigint;
}

/** Every source's metadata with the number of events citing it, by slug. */
export async function getSources(): Promise<SourceSummary[]> {
  // The count reads only the (sourceId, eventId) index.
  const rows = await prisma.$queryRaw<SourceRow[]>`
    SELECT s.slug, s.title, s.publisher, s.author, s.published, s.url, s.origin, s.file,
           s.referenceDate, s.referenceDateEstimated,
           (SELECT COUNT(DISTINCT c.eventId) FROM "Citation" c WHERE c.sourceId = s.id) AS eventCount
    FROM "Source" s
    ORDER BY s.slug`;
  return rows.map((row) => ({
    ...row,
    referenceDateEstimated: Boolean(row.referenceDateEstimated),
    eventCount: Number(row.eventCount),
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
