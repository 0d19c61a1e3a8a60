// Shared by the refiners that resolve against the reference date: the anchor they quote, and how
// precisely the reference is known (DateContext.referencePrecision, default `day`).

import type { DateContext } from '../types';
import type { ReferencePrecision } from './periods';

export function referencePrecisionOf(context: DateContext): ReferencePrecision {
  return context.referencePrecision ?? 'day';
}

/** `publication date 2023-10-22`, or `estimated publication date 2025-02 (known only to the month)`. */
export function referenceAnchor(context: DateContext): string {
  const precision = referencePrecisionOf(context);
  if (precision === 'day') return `${context.referenceLabel} ${context.referenceDate}`;
  const known = precision === 'month' ? context.referenceDate.slice(0, 7) : context.referenceDate.slice(0, 4);
  return `${context.referenceLabel} ${known} (known only to the ${precision})`;
}
