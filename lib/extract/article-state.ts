import type { ArticleState } from './events/article-state';
import type { ArticleInput, ExtractOptions } from './types';

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
