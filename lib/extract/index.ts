// The extraction pipeline: articles in, dated events with verbatim citations out. Pure: no I/O,
// no clock, no randomness; the same input gives byte-identical output.

import { mergeDiscoveredActors } from './actors/merge-discovered-actors';
import { articleStages, corpusDatingStages, corpusMergeStages } from './configuration';
import type { ArticleState } from './events/article-state';
import { compareEvents } from './merge/compare-events';
import type { KnownReport } from './merge/redate-to-known-happenings';
import type { ArticleExtraction, ArticleInput, CorpusExtraction, ExtractedEvent, ExtractOptions } from './types';

export type * from './types';
export { readActorMentions, type ActorMentionInArticle, type ReadActorMentionsOptions } from './actors/read-actor-mentions';

export function extractArticle(article: ArticleInput, options: ExtractOptions): ArticleExtraction {
  const state: ArticleState = {
    article,
    options,
    paragraphs: [],
    reference: { date: '', estimated: false, basis: null, label: '', precision: 'day' },
    events: [],
    references: [],
    discovered: new Map(),
  };
  for (const stage of articleStages) stage.run(state);
  const source = {
    slug: article.slug,
    referenceDate: state.reference.date,
    referenceDateEstimated: state.reference.estimated,
    referenceDateBasis: state.reference.basis,
    paragraphs: state.paragraphs,
  };
  const actors = [...state.discovered.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { source, events: state.events, actors };
}

export function mergeArticles(extractions: ArticleExtraction[]): CorpusExtraction {
  const sources = extractions.map((e) => e.source).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const events = extractions.flatMap((e) => e.events);
  const actors = mergeDiscoveredActors(extractions.map((e) => e.actors));
  return { sources, actors, events: mergeAcrossSources(dateAcrossSources(events, events)).sort(compareEvents) };
}

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

export function extractCorpus(articles: ArticleInput[], options: ExtractOptions): CorpusExtraction {
  return mergeArticles(articles.map((article) => extractArticle(article, options)));
}
