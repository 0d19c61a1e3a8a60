// Shared by the relative refiners: moving a date by whole units and widening it to the unit.

import type { IsoDate, Precision } from '../../types';
import { addDays, addMonths, fromIso, monthSpan, toIso, weekSpan, type Ymd } from '../calendar';
import type { Unit } from '../../lexicon/en/dates';

export interface Span {
  start: IsoDate;
  end: IsoDate;
  precision: Precision;
}

export function shift(date: Ymd, unit: Unit, amount: number): Ymd {
  switch (unit) {
    case 'day': return addDays(date, amount);
    case 'week': return addDays(date, 7 * amount);
    case 'month': return addMonths(date, amount);
    case 'year': return addMonths(date, 12 * amount);
    case 'decade': return addMonths(date, 120 * amount);
  }
}

/** "Two decades ago" names a year, not a decade: the count already says how far back. */
export const UNIT_PRECISION: Record<Unit, Precision> = { day: 'day', week: 'week', month: 'month', year: 'year', decade: 'year' };

/** The whole day, week, month or year containing the date. */
export function periodOf(date: Ymd, unit: Unit): Span {
  const precision = UNIT_PRECISION[unit];
  switch (precision) {
    case 'day': return { start: toIso(date), end: toIso(date), precision };
    case 'week': return { ...weekSpan(date), precision };
    case 'month': return { ...monthSpan(date.year, date.month), precision };
    default: return { start: toIso({ year: date.year, month: 1, day: 1 }), end: toIso({ year: date.year, month: 12, day: 31 }), precision };
  }
}

/** From the start of `first`'s period to the end of `last`'s: an approximate stretch. */
export function stretch(first: Ymd, last: Ymd, unit: Unit): Span {
  return { start: periodOf(first, unit).start, end: periodOf(last, unit).end, precision: 'approximate' };
}

const PRECISION_RANK: Record<Precision, number> = { day: 0, week: 1, month: 2, season: 3, year: 4, decade: 5, approximate: 6 };

export function isCoarser(a: Precision, b: Precision): boolean {
  return PRECISION_RANK[a] > PRECISION_RANK[b];
}

export function coarser(a: Precision, b: Precision): Precision {
  return isCoarser(a, b) ? a : b;
}

export type ReferencePrecision = 'day' | 'month' | 'year';

/** The whole month or year containing the date, for a reference known only that far. */
export function referencePeriod(date: Ymd, precision: ReferencePrecision): Span {
  if (precision === 'month') return { ...monthSpan(date.year, date.month), precision };
  if (precision === 'year') return periodOf(date, 'year');
  return periodOf(date, 'day');
}

/**
 * A span resolved against a reference known only to `precision`, made no more precise than it:
 * each end widened to the month or year containing it. A span already as coarse is kept.
 */
export function atMostAsPrecise(span: Span, precision: ReferencePrecision): Span {
  if (precision === 'day' || !isCoarser(precision, span.precision)) return span;
  const start = referencePeriod(fromIso(span.start), precision).start;
  const end = referencePeriod(fromIso(span.end), precision).end;
  const width = precision === 'month' ? 7 : 4;
  return { start, end, precision: start.slice(0, width) === end.slice(0, width) ? precision : 'approximate' };
}
