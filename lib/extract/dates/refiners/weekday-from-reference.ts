// "on Saturday" in a news report means the most recent Saturday on or before the reference date;
// "last Friday" the one strictly before it; "next Tuesday", "this coming Sunday" or a future
// clause ("will meet Bush on Thursday", see ../tense) the first one after it.
// A reference known only to the month or year (DateContext.referencePrecision) cannot pick the
// day: the weekday is then that reference month or year.

import { WEEKDAY_SIDES } from '../../lexicon/en/dates';
import { addDays, fromIso, weekday, type Ymd } from '../calendar';
import { touch, type Refiner } from '../parsing';
import { impliedSide } from '../tense';
import { referencePeriod } from './periods';
import { referenceAnchor, referencePrecisionOf } from './reference-anchor';

const GENITIVE = /^['’]s\b/u;
const SIDE_WORD = new RegExp(`(?<![A-Za-z])(${Object.keys(WEEKDAY_SIDES).join('|')})\\s+$`, 'i');

/** -1 strictly before, 0 on or before, 1 strictly after the reference. */
function sideOf(text: string, index: number, end: number): -1 | 0 | 1 {
  const word = SIDE_WORD.exec(text.slice(Math.max(0, index - 12), index))?.[1];
  if (word) return WEEKDAY_SIDES[word.toLowerCase()];
  // "get around Wednesday's ruling": a day in the genitive names what it brought, already there.
  if (GENITIVE.test(text.slice(end))) return 0;
  // "said it would vote on Wednesday": a weekday lies within days of a recent speech, so it is still to come.
  const side = impliedSide(text, index);
  return side === 1 || side === 'prospective' ? 1 : 0;
}

function dayOf(reference: Ymd, target: number, side: -1 | 0 | 1): Ymd {
  if (side > 0) return addDays(reference, (target - weekday(reference) + 7) % 7 || 7);
  const back = (weekday(reference) - target + 7) % 7;
  return addDays(reference, -(side < 0 && back === 0 ? 7 : back));
}

export const weekdayFromReference: Refiner = {
  name: 'weekday-from-reference',
  refine(results, text, context) {
    const reference = fromIso(context.referenceDate);
    const precision = referencePrecisionOf(context);
    const anchor = referenceAnchor(context);
    return results.map((result) => {
      const { shape } = result.start;
      if (shape.kind !== 'weekday') return result;
      const date = dayOf(reference, shape.weekday, sideOf(text, result.index, result.index + result.text.length));
      const start =
        precision === 'day'
          ? { components: { known: {}, implied: { ...date } }, shape: { kind: 'calendar' } as const }
          : { components: { known: {}, implied: {} }, shape: { kind: 'span', ...referencePeriod(reference, precision) } as const };
      const resolved = { ...result, start, rules: [...result.rules], inferred: result.inferred ?? { rule: 'weekday-from-reference', anchor } };
      touch(resolved, 'weekday-from-reference');
      return resolved;
    });
  },
};
