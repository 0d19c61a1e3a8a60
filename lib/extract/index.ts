// The extraction pipeline: articles in, dated events with verbatim citations out. Pure: no I/O,
// no clock, no randomness; the same input gives byte-identical output.

import { mergeDiscoveredActors } from './actors/merge-discovered-actors';
import { articleStages } from './configuration';
import { dateAcrossSources, mergeAcrossSources } from './corpus-stages';
import { newArticleState } from './events/article-state';
import { compareEvents } from './merge/compare-events';
import type { ArticleExtraction, ArticleInput, CorpusExtraction, ExtractOptions } from './types';

export type * from './types';
export { dateAcrossSources, mergeAcrossSources, runCorpusStages, type CorpusEventStore, type MergeFigures } from './corpus-stages';
export { readActorMentions, type ActorMentionInArticle, type ReadActorMentionsOptions } from './actors/read-actor-mentions';

export function extractArticle(article: ArticleInput, options: ExtractOptions): ArticleExtraction {
  const state = newArticleState(article, options);
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

export function extractCorpus(articles: ArticleInput[], options: ExtractOptions): CorpusExtraction {
  return mergeArticles(articles.map((article) => extractArticle(article, options)));
}
export { readArticleDates } from './read-article-dates';
