// Places "last April", "this summer", "next March", "June last year" and "May 3 this year" from the reference date:
// - a month: "this" is the reference year's, "last" the latest one before the reference month,
//   "next" the first one after it; "June last year" is June of the year before the reference;
// - a season: "this" is the reference year's, "last" the previous year's ("last spring" in October
//   is the spring of the year before, as TimeML reads it), "this past" the latest one begun, "next"
//   the first one to begin after the reference month.

import { fromIso } from '../calendar';
import { touch, type Piece, type Refiner, type Shape } from '../parsing';
import { referenceAnchor } from './reference-anchor';

type NamedPeriod = Extract<Shape, { kind: 'named-period' }>;

function yearOf(period: NamedPeriod, reference: { year: number; month: number }): number {
  const { year, month } = reference;
  if (period.yearOffset !== null) return year + period.yearOffset;
  switch (period.which) {
    case 'this':
      return year;
    case 'next':
      return period.month > month ? year : year + 1;
    case 'past':
      return period.month <= month ? year : year - 1;
    case 'last':
      if (period.season) return year - 1;
      return period.month < month ? year : year - 1;
  }
}

function resolvePiece(period: NamedPeriod, reference: { year: number; month: number }): Piece {
  const year = yearOf(period, reference);
  const shape: Shape = period.season ? { kind: 'season', firstMonth: period.month } : { kind: 'calendar' };
  const implied = period.season ? { year } : period.day === null ? { year, month: period.month } : { year, month: period.month, day: period.day };
  return { components: { known: {}, implied }, shape };
}

export const namedPeriodFromReference: Refiner = {
  name: 'named-period-from-reference',
  refine(results, _text, context) {
    const reference = fromIso(context.referenceDate);
    const anchor = referenceAnchor(context);
    return results.map((result) => {
      const { shape } = result.start;
      if (shape.kind !== 'named-period') return result;
      const resolved = { ...result, start: resolvePiece(shape, reference), rules: [...result.rules], inferred: { rule: 'named-period-from-reference', anchor } };
      touch(resolved, 'named-period-from-reference');
      return resolved;
    });
  },
};
