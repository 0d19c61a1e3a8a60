import { estimateReferenceDate } from '../dates';
import type { ArticleInput } from '../types';
import type { ReferenceDate } from './article-state';

/** With nothing to go on, relative dates resolve against the epoch, visibly wrong rather than silently plausible. */
const NO_REFERENCE = '1970-01-01';

/**
 * The date relative expressions resolve against: front matter when given (a partial date is taken
 * at its first day), else an estimate from the article's own paragraphs, captions included.
 */
export function referenceDate(article: ArticleInput): ReferenceDate {
  if (article.published) {
    const [year, month = '01', day = '01'] = article.published.split('-');
    return { date: `${year}-${month}-${day}`, estimated: false, basis: null, label: 'publication date' };
  }
  const estimate = estimateReferenceDate(article.paragraphs);
  if (estimate) return { date: estimate.date, estimated: true, basis: estimate.basis, label: 'estimated publication date' };
  return { date: NO_REFERENCE, estimated: true, basis: 'no date in the text', label: 'no publication date' };
}
