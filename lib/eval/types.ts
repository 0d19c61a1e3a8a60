// What the eval compares and what it reports. Plain data, so reports can be printed or diffed.

import type { IsoDate, Precision } from '../extract/types';

/** One paragraph of one article: the unit gold and extracted events are matched on. */
export interface ParagraphRef {
  source: string;
  paragraph: number;
}

/** One happening as the annotator recorded it in data/annotations/events.yaml. */
export interface GoldEvent {
  id: string;
  what: string;
  start: IsoDate;
  end: IsoDate;
  precision: Precision;
  actors: string[];
  citations: ParagraphRef[];
}

export interface DateSpan {
  start: IsoDate;
  end: IsoDate;
  precision: Precision;
}

/** `hits / total`; `share` is 1 when `total` is 0 (nothing to get wrong). */
export interface Ratio {
  hits: number;
  total: number;
  share: number;
}

/** A gold and an extracted event paired because they cite the same paragraphs. */
export interface MatchedPair {
  goldId: string;
  extractedId: string;
  /** Paragraphs both cite, sorted. */
  shared: ParagraphRef[];
  gold: DateSpan;
  extracted: DateSpan;
  /** Same start, end and precision. */
  strict: boolean;
}

/** An event left without a partner, with what an engineer needs to find it. */
export interface UnmatchedEvent {
  id: string;
  label: string;
  date: DateSpan;
  citations: ParagraphRef[];
}

/** A cross-source gold event no single extracted event covers. */
export interface MissedMerge {
  goldId: string;
  sources: string[];
  /** Extracted events holding some of its paragraphs, with the sources each covers. */
  holders: { extractedId: string; sources: string[] }[];
}

/** An extracted event whose paragraphs belong to different gold happenings and to no one of them alone. */
export interface WrongMerge {
  extractedId: string;
  hits: { goldId: string; citations: ParagraphRef[] }[];
}

export interface EvalReport {
  goldCount: number;
  extractedCount: number;
  matches: MatchedPair[];
  /** Strict matches / extracted events. */
  precision: Ratio;
  /** Strict matches / gold events. */
  recall: Ratio;
  /** Strict matches / matched pairs. */
  exactDateShare: Ratio;
  /** Cross-source gold events covered by one extracted event. */
  merges: Ratio;
  missedMerges: MissedMerge[];
  wrongMerges: WrongMerge[];
  /** Micro-averaged over matched pairs. */
  actorPrecision: Ratio;
  actorRecall: Ratio;
  /** Gold paragraphs found on the matched extracted event. */
  citationRecall: Ratio;
  unmatchedGold: UnmatchedEvent[];
  unmatchedExtracted: UnmatchedEvent[];
  /** Matched pairs whose dates differ. */
  dateMismatches: MatchedPair[];
}
