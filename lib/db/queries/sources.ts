// Reads of the articles (sources) and their paragraphs.
import { Prisma } from '../../generated/prisma/client';
import { db, readSnapshot } from '../snapshot';

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

export interface SourceQuery {
  /**
   * Text the title, publisher or slug contains. SQLite's LIKE ignores the case of ASCII letters
   * only; titles are searched as stored, diacritics included.
   */
  q?: string | null;
  /** Only the sources with these slugs; unknown slugs are left out. */
  slugs?: string[] | null;
  /** At most this many sources (by slug). */
  limit?: number | null;
}

/** Sources' metadata with the number of events citing each, by slug: every source by default. */
export async function getSources(query: SourceQuery = {}): Promise<SourceSummary[]> {
  const conditions: Prisma.Sql[] = [];
  if (query.q != null) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(Prisma.sql`(s.title LIKE ${pattern} ESCAPE '\\' OR s.publisher LIKE ${pattern} ESCAPE '\\' OR s.slug LIKE ${pattern} ESCAPE '\\')`);
  }
  if (query.slugs != null) conditions.push(query.slugs.length === 0 ? Prisma.sql`0` : Prisma.sql`s.slug IN (${Prisma.join(query.slugs)})`);
  // The count reads only the (sourceId, eventId) index, and only for the rows returned.
  const rows = await db().$queryRaw<SourceRow[]>`
    SELECT s.slug, s.title, s.publisher, s.author, s.published, s.url, s.origin, s.file,
           s.referenceDate, s.referenceDateEstimated,
           (SELECT COUNT(DISTINCT c.eventId) FROM "Citation" c WHERE c.sourceId = s.id) AS eventCount
    FROM "Source" s
    WHERE ${conditions.length === 0 ? Prisma.sql`1` : Prisma.join(conditions, ' AND ')}
    ORDER BY s.slug
    LIMIT ${query.limit ?? -1}`;
  return rows.map((row) => ({
    ...row,
    referenceDateEstimated: Boolean(row.referenceDateEstimated),
    eventCount: Number(row.eventCount),
  }));
}

/** One article with its paragraphs and the quotes cited from each, or null if there is none. */
export async function getSource(slug: string): Promise<SourceView | null> {
  return readSnapshot(async () => {
    const source = await db().source.findUnique({
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
  });
}
