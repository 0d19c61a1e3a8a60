// The shapes the query module hands out (plain, serialisable objects, so pages can pass them straight
// to client components and the API can send them as JSON), and the mapping from stored rows to them.
import type { CitationRole, Corroboration, Discrepancy, Inference, Precision, Stance } from '../../extract/types';

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
  /** Whether the passage reports the event or only mentions it as a time; only reports count as corroboration. */
  role: CitationRole;
  /** For a mention, the quote's words that name the event only as a time; null for a report. */
  roleBasis: string | null;
}

/** A figure on which the sources disagree, each value with the title of the source that gives it. */
export interface DiscrepancyView {
  measure: string;
  values: (Discrepancy['values'][number] & { sourceTitle: string })[];
}

/** One event as the API and the timeline show it, with everything needed to check it. */
export interface TimelineEvent extends Corroboration {
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
  discrepancies: DiscrepancyView[];
}

/** An Event row as stored (see prisma/schema.prisma). */
export interface EventRow {
  id: string;
  title: string;
  summary: string;
  start: string;
  end: string;
  precision: string;
  dateText: string;
  inferred: string | null;
  discrepancies: string;
  sourceCount: number | bigint;
  passageCount: number | bigint;
  mentionCount: number | bigint;
}

/** A Citation row with its source's slug, title and publisher and its paragraph's number. */
export interface CitationRow {
  slug: string;
  title: string | null;
  publisher: string | null;
  paragraph: number | bigint;
  quote: string;
  quoteStart: number | bigint;
  quoteEnd: number | bigint;
  stance: string;
  claimant: string | null;
  role: string;
  roleBasis: string | null;
}

export function toCitationView(row: CitationRow): CitationView {
  return {
    source: row.slug,
    sourceTitle: displayTitle(row),
    publisher: row.publisher,
    paragraph: Number(row.paragraph),
    quote: row.quote,
    start: Number(row.quoteStart),
    end: Number(row.quoteEnd),
    stance: row.stance as Stance,
    claimant: row.claimant,
    role: row.role as CitationRole,
    roleBasis: row.roleBasis,
  };
}

/** The one mapping from a stored event, its actors and its citations to what the app shows. */
export function toTimelineEvent(row: EventRow, actors: ActorSummary[], citations: CitationView[]): TimelineEvent {
  // Every value of a discrepancy comes from one of the event's own citations, which carry its title.
  const titles = new Map(citations.map((citation) => [citation.source, citation.sourceTitle]));
  const discrepancies = (JSON.parse(row.discrepancies) as Discrepancy[]).map((discrepancy) => ({
    measure: discrepancy.measure,
    values: discrepancy.values.map((value) => ({ ...value, sourceTitle: titles.get(value.source) ?? displayTitle({ title: null, slug: value.source }) })),
  }));
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    start: row.start,
    end: row.end,
    precision: row.precision as Precision,
    dateText: row.dateText,
    inferred: row.inferred === null ? null : (JSON.parse(row.inferred) as Inference),
    sourceCount: Number(row.sourceCount),
    passageCount: Number(row.passageCount),
    mentionCount: Number(row.mentionCount),
    actors: [...actors].sort((a, b) => a.name.localeCompare(b.name)),
    citations,
    discrepancies,
  };
}

/** Articles have no title when their text gives none; say so rather than invent one. */
export function displayTitle(source: { title: string | null; slug: string }): string {
  return source.title ?? `Untitled article (${source.slug})`;
}
