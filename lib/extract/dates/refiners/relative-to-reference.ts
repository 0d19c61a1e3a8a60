// "two months ago", "last year", "this week", "in recent months": counted from the reference date.
// An exact count names one whole period ("two months ago" → that month); a vague one a stretch.
// Never more precise than the reference (DateContext.referencePrecision): with a reference known
// only to the month, "this week" is that month and "two days ago" the month it falls in.

import { fromIso, type Ymd } from '../calendar';
import { touch, type ParsedResult, type Piece, type Refiner, type Relative } from '../parsing';
import { atMostAsPrecise, isCoarser, periodOf, referencePeriod, shift, stretch, UNIT_PRECISION, type ReferencePrecision, type Span } from './periods';
import { referenceAnchor, referencePrecisionOf } from './reference-anchor';

function resolveExact(relative: Relative, reference: Ymd): Span {
  const { count, unit, direction } = relative;
  if (relative.stretch) return stretch(shift(reference, unit, -count.max), reference, 'day');
  if (direction === 0) return periodOf(reference, unit);
  if (!count.vague) return periodOf(shift(reference, unit, direction * count.min), unit);
  const [near, far] = [shift(reference, unit, direction * count.min), shift(reference, unit, direction * count.max)];
  return direction < 0 ? stretch(far, near, unit) : stretch(near, far, unit);
}

/** Resolved against a reference known to `precision`: "this week" in a month-only reference is that month. */
export function resolveAgainst(relative: Relative, reference: Ymd, precision: ReferencePrecision): Span {
  if (precision !== 'day' && relative.direction === 0 && !relative.stretch && isCoarser(precision, UNIT_PRECISION[relative.unit])) {
    return referencePeriod(reference, precision);
  }
  return atMostAsPrecise(resolveExact(relative, reference), precision);
}

function resolvePiece(piece: Piece, reference: Ymd, precision: ReferencePrecision): Piece {
  if (piece.shape.kind !== 'relative' || piece.shape.relative.anchor !== 'reference') return piece;
  return { ...piece, shape: { kind: 'span', ...resolveAgainst(piece.shape.relative, reference, precision) } };
}

export const relativeToReference: Refiner = {
  name: 'relative-to-reference',
  refine(results, _text, context) {
    const reference = fromIso(context.referenceDate);
    const precision = referencePrecisionOf(context);
    const anchor = referenceAnchor(context);
    return results.map((result) => {
      const start = resolvePiece(result.start, reference, precision);
      if (start === result.start) return result;
      const resolved: ParsedResult = { ...result, start, rules: [...result.rules], inferred: { rule: 'relative-to-reference', anchor } };
      touch(resolved, 'relative-to-reference');
      return resolved;
    });
  },
};
