// The corpus stages over a store of every article's events, a piece at a time, with the result one
// pass over the whole corpus gives (mergeArticles). The stages themselves, and their order within
// each group, are configuration.ts's; this is the one place that says how the groups are run.

import { corpusDatingStages, corpusMergeStages } from './configuration';
import { mergePartitions, type YearSpan } from './merge/merge-partitions';
import type { KnownReport } from './merge/redate-to-known-happenings';
import type { ExtractedEvent } from './types';


/**
 * The corpus's dating stages on the events of one or more articles, given the reports of known
 * happenings in reading order (all events, or at least those whose knownDayKey the events need).
 */
export function dateAcrossSources(events: ExtractedEvent[], reports: KnownReport[]): ExtractedEvent[] {
  return corpusDatingStages.reduce((current, stage) => stage.run(current, reports), events);
}

/** The corpus's merge stages on every event of one or more merge partitions, in reading order. */
export function mergeAcrossSources(events: ExtractedEvent[]): ExtractedEvent[] {
  return corpusMergeStages.reduce((current, stage) => stage.run(current), events);
}

/** Where the corpus's events are kept between stages: the seed keeps them in SQLite staging tables. */
export interface CorpusEventStore {
  /** Days (kind and month-day) that events state without a year and some known report states with one. */
  daysToDate(): Iterable<string>;
  /** The reports of known happenings on one day, in reading order. */
  knownReports(day: string): KnownReport[];
  /** The events that state this day without a year, with their place. */
  yearlessEvents(day: string): Iterable<{ article: number; position: number; event: ExtractedEvent }>;
  /** Replaces one event and marks its article for dating again. */
  replaceEvent(article: number, position: number, event: ExtractedEvent): void;
  /** Articles the dating stages may still change. */
  articlesToDate(): Iterable<number>;
  articleEvents(article: number): ExtractedEvent[];
  replaceArticle(article: number, events: ExtractedEvent[]): void;
  /** Each kind's year spans, one per kind and first year. */
  yearSpans(): YearSpan[];
  /** Every event of one merge partition, in reading order. */
  partitionEvents(partition: YearSpan): ExtractedEvent[];
  addMerged(events: ExtractedEvent[]): void;
}

/** How the merge was split: memory holds the events of the largest partition at once. */
export interface MergeFigures {
  partitions: number;
  largestPartition: number;
}

/**
 * Dating first: the dating stages on each yearless event with its day's reports, one day at a time,
 * so each day's reports are read once (an event's new date depends only on its own day's reports);
 * then on each article that changed, with no reports: re-dated events stay as they are, and what was
 * counted from them is counted again. Then the merge stages on each merge partition.
 */
export function runCorpusStages(store: CorpusEventStore): MergeFigures {
  for (const day of store.daysToDate()) {
    const reports = store.knownReports(day);
    for (const { article, position, event } of store.yearlessEvents(day)) {
      const [dated] = dateAcrossSources([event], reports);
      if (dated !== event) store.replaceEvent(article, position, dated);
    }
  }
  for (const article of store.articlesToDate()) {
    const events = store.articleEvents(article);
    const dated = dateAcrossSources(events, []);
    if (dated.some((event, i) => event !== events[i])) store.replaceArticle(article, dated);
  }
  const partitions = mergePartitions(store.yearSpans());
  let largestPartition = 0;
  for (const partition of partitions) {
    const events = store.partitionEvents(partition);
    largestPartition = Math.max(largestPartition, events.length);
    store.addMerged(mergeAcrossSources(events));
  }
  return { partitions: partitions.length, largestPartition };
}
