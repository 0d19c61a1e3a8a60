// The extraction contract: what the pipeline takes in and gives back.
// Everything here is plain data (no classes, no Dates) so results serialise and compare byte for byte.

import type { ActorEntry, Gazetteer } from './actors/types';
import type { Relative } from './dates/parsing';

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export type Precision = 'day' | 'week' | 'month' | 'season' | 'year' | 'decade' | 'approximate';

export type Stance = 'stated' | 'reported' | 'alleged' | 'denied' | 'confirmed';

/**
 * What a passage does with the happening it is cited for: reports it, or only names it as the time of
 * something else ("since the Vell strike", "since May 3"). Only reports corroborate a happening.
 */
export type CitationRole = 'report' | 'mention';

export type ParagraphKind = 'body' | 'heading' | 'caption' | 'furniture';

/** One article as the seed read it: paragraph N is `paragraphs[N - 1]`. */
export interface ArticleInput {
  slug: string;
  title: string | null;
  /** Publication date from front matter, ISO and possibly partial (`2023`, `2023-10`, `2023-10-07`). */
  published: string | null;
  paragraphs: string[];
}

export interface ExtractOptions {
  gazetteer: Gazetteer;
}

/** How a date the text did not fully state was completed, and from what. */
export interface Inference {
  /** Name of the rule that made the inference, e.g. `narrative-year`, `relative-to-publication`. */
  rule: string;
  /** What it was anchored to, in words a reader can check, e.g. `“in 2023” (¶5)`. */
  anchor: string;
}

export interface ResolvedDate {
  start: IsoDate;
  /** Inclusive last day of the span. */
  end: IsoDate;
  precision: Precision;
  /** The date exactly as the text wrote it. */
  text: string;
  inferred: Inference | null;
}

/** A number the citation states about its event (casualties, hostages…), kept to compare sources. */
export interface Figure {
  /** What is counted, normalised: `killed`, `abducted`, `rockets`… */
  measure: string;
  value: number;
  /** As written, e.g. `over 1,200`. */
  text: string;
}

export interface Citation {
  source: string;
  /** 1-based paragraph number. */
  paragraph: number;
  /** Verbatim: `paragraphs[paragraph - 1].slice(start, end) === quote`. */
  quote: string;
  start: number;
  end: number;
  stance: Stance;
  /** Who the passage attributes the happening to, as written ("Ruritanian officials"); null: the source itself, or no one named. */
  claimant: string | null;
  /** The words the stance was read from ("have told", "according to"); null when the source states it itself. */
  stanceCue: string | null;
  role: CitationRole;
  /** For a mention, the words of the quote that name the happening only as a time ("since the Vell strike"); null for a report. */
  roleBasis: string | null;
  /** The date as this citation wrote it (sources may word the same day differently). */
  dateText: string;
  figures: Figure[];
}

/** How well a happening is corroborated: by how many articles, in how many passages. */
export interface Corroboration {
  /** Distinct articles with at least one passage that reports the happening. */
  sourceCount: number;
  /** Passages that report it. */
  passageCount: number;
  /** Passages that only mention it as a time, counted apart: they corroborate nothing. */
  mentionCount: number;
}

export interface Discrepancy {
  measure: string;
  values: { value: number; text: string; source: string; paragraph: number }[];
}

export interface ExtractedEvent {
  /** Stable across runs and across unrelated corpus changes. */
  id: string;
  title: string;
  summary: string;
  date: ResolvedDate;
  /** Slugs of the actors who took part in the happening (its participants), sorted: what is stored and shown. */
  actors: string[];
  /**
   * Slugs of every actor the cited clauses name, participants or not, sorted: what merging compares,
   * since two reports of one happening may name its participants in different clauses. Absent: `actors`.
   */
  clauseActors?: string[];
  /** Sorted by source slug, then paragraph, then offset. */
  citations: Citation[];
  discrepancies: Discrepancy[];
  /** Which rules produced the event (dates, actors, merge), for debugging and the eval report. */
  rules: string[];
  /** What the happening is, so that later merges can recognise it again. */
  signature?: HappeningSignature;
  /** For a date counted from another happening ("days before the attack"): how, to count it again if that one is re-dated. */
  anchoring?: Anchoring;
  /** For a merged event: each word its reports name the happening with, and the best title read with it. */
  namings?: Naming[];
}

/** One word the sources name a merged happening with ("massacre", "attack"), to title it by shared wording. */
export interface Naming {
  /** The happening's word, as a lemma. */
  word: string;
  /** Whether it is the plainest word of its kind (the name of its synonym group, e.g. `attack`). */
  plain: boolean;
  /** Slugs of the sources that name it so, sorted. */
  sources: string[];
  /** The best title read with this word, its summary, and its rank (one that says the word first, then titleRank). */
  title: string;
  summary: string;
  rank: number[];
}

/** A date counted from the happening the text reported before it, as the pipeline keeps it. */
export interface Anchoring {
  /** The first citation of the happening counted from, as `source#paragraph@start`: it stays in that event through merges. */
  citation: string;
  /** That happening's date when this one was counted from it. */
  from: { start: IsoDate; end: IsoDate; precision: Precision };
  offset: Relative;
}

/** The happening of an event as merging compares it. */
export interface HappeningSignature {
  /** Family of the event word: `attack` covers attack, massacre and invasion. */
  family: string;
  /** The happening's own word, as a lemma (`massacre`); absent for a bare date reference. */
  word?: string;
  /** Content words of the quoted clauses, lower case, sorted. */
  terms: string[];
  /** Places the clauses name, as actor slugs where the gazetteer knows them, sorted. */
  places: string[];
}

/** One date of an article as the pipeline read it; offsets are within its paragraph's text. */
export interface ArticleDateMention {
  /** 1-based paragraph number. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
  date: ResolvedDate;
  rules: string[];
}

export interface ExtractedParagraph {
  number: number;
  text: string;
  kind: ParagraphKind;
}

export interface ExtractedSource {
  slug: string;
  /** Date relative expressions were resolved against. */
  referenceDate: IsoDate;
  /** True when front matter gave no publication date and it was estimated from the text. */
  referenceDateEstimated: boolean;
  /** How the estimate was made, when it was. */
  referenceDateBasis: string | null;
  paragraphs: ExtractedParagraph[];
}

/** What one article yields before cross-source merging. Small: safe to keep for 10,000 articles. */
export interface ArticleExtraction {
  source: ExtractedSource;
  /** Events of this article alone, each with citations to this article only. */
  events: ExtractedEvent[];
  /** Actors found in this article's text that the gazetteer does not list, sorted by slug (`discovered: true`). */
  actors: ActorEntry[];
}

export interface CorpusExtraction {
  sources: ExtractedSource[];
  /** Discovered actors of all articles, one per slug, sorted by slug. */
  actors: ActorEntry[];
  /** Sorted by start, end, then id. */
  events: ExtractedEvent[];
}
