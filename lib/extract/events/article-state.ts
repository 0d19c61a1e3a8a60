// The data the article stages pass along, from paragraphs to finished events.

import type { ActorEntry } from '../actors/types';
import type { ArticleDateMention, ArticleInput, ExtractedEvent, ExtractedParagraph, ExtractOptions, IsoDate } from '../types';

export type ReferencePrecision = 'day' | 'month' | 'year';

export interface ReferenceDate {
  date: IsoDate;
  estimated: boolean;
  basis: string | null;
  /** How date anchors name it: `publication date` or `estimated publication date`. */
  label: string;
  /** How precisely `date` is known: relative dates resolved against it are no more precise. */
  precision: ReferencePrecision;
}

export interface ArticleState {
  article: ArticleInput;
  options: ExtractOptions;
  paragraphs: ExtractedParagraph[];
  reference: ReferenceDate;
  events: ExtractedEvent[];
  /** Dates that time no happening of their own ("since October 7"): each cites whatever happened then. */
  references: ExtractedEvent[];
  /** Every date the article's text gives, as read in order (body sentences and datelines). */
  dates: ArticleDateMention[];
  /** Actors the text names that the gazetteer does not list, by slug. */
  discovered: Map<string, ActorEntry>;
}

export interface ArticleStage {
  name: string;
  run(state: ArticleState): void;
}

/** The state the article stages start from: nothing read yet. */
export function newArticleState(article: ArticleInput, options: ExtractOptions): ArticleState {
  return {
    article,
    options,
    paragraphs: [],
    reference: { date: '', estimated: false, basis: null, label: '', precision: 'day' },
    events: [],
    references: [],
    dates: [],
    discovered: new Map(),
  };
}
