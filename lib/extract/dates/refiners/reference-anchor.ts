// Shared by the refiners that resolve against the reference date: the anchor they quote, and how
// precisely the reference is known (DateContext.referencePrecision, default `day`).

import type { DateContext } from '../types';
import type { ReferencePrecision } from './periods';

export function referencePrecisionOf(context: DateContext): ReferencePrecision {
  return context.referencePrecision ?? 'day';
}

/**
 * `publication date 2023-10-22`, `publication date 2023-10 (known only to the month)`, or for an
 * estimate only its name, `estimated publication date (known only to the month)`: an estimate has
 * one value, the source's, which the seed may still raise to a happening the article reports.
 */
export function referenceAnchor(context: DateContext): string {
  const precision = referencePrecisionOf(context);
  const known = precision === 'day' ? '' : ` (known only to the ${precision})`;
  if (context.referenceEstimated === true) return `${context.referenceLabel}${known}`;
  if (precision === 'day') return `${context.referenceLabel} ${context.referenceDate}`;
  const date = precision === 'month' ? context.referenceDate.slice(0, 7) : context.referenceDate.slice(0, 4);
  return `${context.referenceLabel} ${date}${known}`;
}
