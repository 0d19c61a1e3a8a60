import { estimateReferenceDate } from '../dates';
import type { Gazetteer } from '../actors/types';
import type { ArticleInput } from '../types';
import type { ReferenceDate, ReferencePrecision } from './article-state';
import { latestTenureStart } from './tenure-evidence';

/** With nothing to go on, relative dates resolve against the epoch, visibly wrong rather than silently plausible. */
const NO_REFERENCE = '1970-01-01';

/**
 * The date relative expressions resolve against: front matter when given (a partial date is taken
 * at its first day, known to its own precision), else an estimate from the article's own paragraphs,
 * captions included, raised to the start of any role tenure the article names its holder in.
 */
export function referenceDate(article: ArticleInput, gazetteer?: Gazetteer): ReferenceDate {
  if (article.published) {
    const [year, month, day] = article.published.split('-');
    const precision: ReferencePrecision = day ? 'day' : month ? 'month' : 'year';
    return { date: `${year}-${month ?? '01'}-${day ?? '01'}`, estimated: false, basis: null, label: 'publication date', precision };
  }
  const estimate = estimateReferenceDate(article.paragraphs);
  const tenure = gazetteer ? latestTenureStart(article.paragraphs, gazetteer) : null;
  if (estimate && !(tenure && tenure.date > estimate.date)) {
    return { date: estimate.date, estimated: true, basis: estimate.basis, label: 'estimated publication date', precision: estimate.precision };
  }
  if (tenure) {
    const basis = `${tenure.basis}${estimate ? `, later than the ${estimate.basis}` : ''}`;
    return { date: tenure.date, estimated: true, basis, label: 'estimated publication date', precision: 'year' };
  }
  return { date: NO_REFERENCE, estimated: true, basis: 'no date in the text', label: 'no publication date', precision: 'year' };
}
