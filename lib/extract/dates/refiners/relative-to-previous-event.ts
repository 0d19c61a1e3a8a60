// "five days later", "a few days after", "the following year": counted from the event the text
// reported just before. Left unresolved (and so dropped) when there is no such event.
// A vague number of days ("days before", "a few days after") is approximate and reaches up to a
// week: before X runs from 7 days before X's start to the day before X's end; after X from the
// day after X's start to 7 days after X's end. Exact counts stay arithmetic ("four days before").

import { fromIso } from '../calendar';
import { touch, type Piece, type Refiner, type Relative } from '../parsing';
import { UNIT_PRECISION, isCoarser, periodOf, shift, stretch, type Span } from './periods';

/** How far a vague count of days reaches: "days before", "a few days after". */
const VAGUE_DAYS = { min: 1, max: 7 };

export function resolve(relative: Relative, previous: Span): Span {
  const { unit, direction } = relative;
  const count = relative.count.vague && unit === 'day' ? { ...VAGUE_DAYS, vague: true } : relative.count;
  const [start, end] = [fromIso(previous.start), fromIso(previous.end)];
  if (count.vague) {
    return direction > 0
      ? stretch(shift(start, unit, count.min), shift(end, unit, count.max), unit)
      : stretch(shift(start, unit, -count.max), shift(end, unit, -count.min), unit);
  }
  const amount = direction * count.min;
  // A day counted from a month ("five days after June") cannot name one day: move the whole span.
  if (isCoarser(previous.precision, UNIT_PRECISION[unit])) return stretch(shift(start, unit, amount), shift(end, unit, amount), 'day');
  return periodOf(shift(start, unit, amount), unit);
}

export const relativeToPreviousEvent: Refiner = {
  name: 'relative-to-previous-event',
  refine(results, _text, context) {
    const previous = context.previousEvent;
    if (!previous) return results;
    return results.map((result) => {
      const { shape } = result.start;
      if (shape.kind !== 'relative' || shape.relative.anchor !== 'previous-event') return result;
      const start: Piece = { ...result.start, shape: { kind: 'span', ...resolve(shape.relative, previous.date) } };
      const inferred = { rule: 'relative-to-previous-event', anchor: previous.label };
      const resolved = { ...result, start, rules: [...result.rules], inferred, counted: shape.relative };
      touch(resolved, 'relative-to-previous-event');
      return resolved;
    });
  },
};
