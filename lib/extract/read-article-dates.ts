// Every date of an article as the pipeline reads it, for scoring date recognition on its own: the
// article stages up to reading the events, so dates are threaded exactly as extraction threads them.

import { articleStages } from './configuration';
import { newArticleState } from './events/article-state';
import type { ArticleDateMention, ArticleInput, ExtractOptions } from './types';

const READING = articleStages.slice(0, articleStages.findIndex((stage) => stage.name === 'read-events') + 1);

export function readArticleDates(article: ArticleInput, options: ExtractOptions = { gazetteer: { actors: [] } }): ArticleDateMention[] {
  const state = newArticleState(article, options);
  for (const stage of READING) stage.run(state);
  return state.dates;
}
