// "two months ago", "last year", "this week", "in recent months": counted from the reference date.
// An exact count names one whole period ("two months ago" → that month); a vague one a stretch.

import { fromIso, type Ymd } from '../calendar';
import { touch, type ParsedResult, type Piece, type Refiner, type Relative } from '../parsing';
import { periodOf, shift, stretch, type Span } from './periods';

function resolve(relative: Relative, reference: Ymd): Span {
  const { count, unit, direction } = relative;
  if (relative.stretch) return stretch(shift(reference, unit, -count.max), reference, 'day');
  if (direction === 0) return periodOf(reference, unit);
  if (!count.vague) return periodOf(shift(reference, unit, direction * count.min), unit);
  const [near, far] = [shift(reference, unit, direction * count.min), shift(reference, unit, direction * count.max)];
  return direction < 0 ? stretch(far, near, unit) : stretch(near, far, unit);
}

function resolvePiece(piece: Piece, reference: Ymd): Piece {
  if (piece.shape.kind !== 'relative' || piece.shape.relative.anchor !== 'reference') return piece;
  return { ...piece, shape: { kind: 'span', ...resolve(piece.shape.relative, reference) } };
}

export const relativeToReference: Refiner = {
  name: 'relative-to-reference',
  refine(results, _text, context) {
    const reference = fromIso(context.referenceDate);
    const anchor = `${context.referenceLabel} ${context.referenceDate}`;
    return results.map((result) => {
      const start = resolvePiece(result.start, reference);
      if (start === result.start) return result;
      const resolved: ParsedResult = { ...result, start, rules: [...result.rules], inferred: { rule: 'relative-to-reference', anchor } };
      touch(resolved, 'relative-to-reference');
      return resolved;
    });
  },
};
