// With no narrative year, "in April" or "Oct. 7" is the occurrence nearest the reference date on
// the side its clause implies (see ../tense): after it for "will open on March 3", on or before it
// for "met on December 28", and simply the nearest for "payable Jan. 2" or "by Jan. 14". A month
// without a day and without a cue is taken as past ("in March" in October is the March before),
// unless it bounds a span ("by February"): then the nearest.

import { compareIso, fromIso, toIso } from '../calendar';
import type { ParsedResult, Refiner } from '../parsing';
import { impliedSide } from '../tense';
import { completeYear, earliestMonthDay, lacksYear } from './year-completion';
import { referenceAnchor } from './reference-anchor';

const DAY_MS = 86_400_000;

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;
}

/** The year whose [month, day] lies nearest `reference` on `side`; a month without a day counts from its first to its last day. */
export function nearestYear([month, day]: [number, number], wholeMonth: boolean, reference: string, side: -1 | 0 | 1): number {
  const year = fromIso(reference).year;
  const candidates = [year - 1, year, year + 1].map((y) => {
    const start = toIso({ year: y, month, day });
    const end = wholeMonth ? toIso({ year: y, month, day: new Date(Date.UTC(y, month, 0)).getUTCDate() }) : start;
    const distance = compareIso(end, reference) < 0 ? daysBetween(end, reference) : compareIso(start, reference) > 0 ? daysBetween(start, reference) : 0;
    return { year: y, start, end, distance };
  });
  const allowed = candidates.filter((c) => (side < 0 ? compareIso(c.start, reference) <= 0 : side > 0 ? compareIso(c.end, reference) >= 0 : true));
  // Ties go to the past: news reports what has happened.
  return allowed.reduce((best, c) => (c.distance < best.distance ? c : best)).year;
}

/** The year the reference date gives a result that lacks one. */
export function yearFromReference(result: ParsedResult, text: string, referenceDate: string): number {
  const { shape, components } = result.start;
  const wholeMonth = shape.kind === 'holiday' ? false : shape.kind !== 'calendar' || components.known.day === undefined;
  const side = impliedSide(text, result.index);
  // A month alone with no cue is one already seen ("in March"); a day is as often a coming deadline.
  return nearestYear(earliestMonthDay(result.start), wholeMonth, referenceDate, side === 'bound' || side === 'prospective' ? 0 : wholeMonth && side === 0 ? -1 : side);
}

export const referenceYear: Refiner = {
  name: 'reference-year',
  refine(results, text, context) {
    const anchor = referenceAnchor(context);
    return results.map((result) =>
      lacksYear(result) ? completeYear(result, yearFromReference(result, text, context.referenceDate), { rule: 'reference-year', anchor }, 'reference-year') : result,
    );
  },
};
