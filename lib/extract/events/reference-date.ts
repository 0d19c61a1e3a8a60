import { estimateReferenceDate } from '../dates';
import type { Gazetteer } from '../actors/types';
import type { ArticleInput } from '../types';
import type { ReferenceDate, ReferencePrecision } from './article-state';
import { latestTenureStart } from './tenure-evidence';

/** With nothing to go on, relative dates resolve against the epoch, visibly wrong rather than silently plausible. */
const NO_REFERENCE = '1970-01-01';
/** "… implies 2023-10": the month or year an "N units ago in <date>" estimate supports. */
const IMPLIES = /implies (\d{4})(-\d{2})?(-\d{2})?$/u;

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
    return { date: estimate.date, estimated: true, basis: estimate.basis, label: 'estimated publication date', precision: estimatePrecision(estimate) };
  }
  if (tenure) {
    const basis = `${tenure.basis}${estimate ? `, later than the ${estimate.basis}` : ''}`;
    return { date: tenure.date, estimated: true, basis, label: 'estimated publication date', precision: 'year' };
  }
  return { date: NO_REFERENCE, estimated: true, basis: 'no date in the text', label: 'no publication date', precision: 'year' };
}

/**
 * An estimate pinned by "N months ago in <Month Year>" is known to what it implies; one that is
 * only the latest date the text states is a lower bound, known to the year at best.
 */
export function estimatePrecision(estimate: { basis: string; precision?: string }): ReferencePrecision {
  if (estimate.precision === 'day' || estimate.precision === 'month' || estimate.precision === 'year') return estimate.precision;
  const implied = IMPLIES.exec(estimate.basis);
  if (!implied) return 'year';
  return implied[3] ? 'day' : implied[2] ? 'month' : 'year';
}
