// "In 2008 the party joined the coalition; the following year it walked out", "In March 2018 the
// two merged, and two years after the merger …": a phrase counted from the happening just reported
// is counted from the date an earlier clause of the same sentence stated, not from the sentence
// before. A date right before the phrase ("on March 3, the day after the vote") is an apposition
// naming the same time, so it is no anchor: a clause lies between the two.

import { touch, type Refiner } from '../parsing';
import { toMention } from '../resolve';
import { resolve } from './relative-to-previous-event';

/** Fewer words between the two dates than this cannot hold a clause of their own. */
const MIN_WORDS_BETWEEN = 3;

export const relativeToSentenceDate: Refiner = {
  name: 'relative-to-sentence-date',
  refine(results, text) {
    return results.map((result, i) => {
      const { shape } = result.start;
      if (shape.kind !== 'relative' || shape.relative.anchor !== 'previous-event') return result;
      const anchor = results
        .slice(0, i)
        .filter((earlier) => earlier.start.shape.kind !== 'relative' && !earlier.inPassing && wordsBetween(text, earlier.index + earlier.text.length, result.index) >= MIN_WORDS_BETWEEN)
        .map(toMention)
        .filter((mention) => mention !== null)
        .at(-1);
      if (!anchor) return result;
      const resolved = { ...result, start: { ...result.start, shape: { kind: 'span' as const, ...resolve(shape.relative, anchor.date) } }, rules: [...result.rules] };
      resolved.inferred = { rule: 'relative-to-sentence-date', anchor: `“${anchor.text}”` };
      touch(resolved, 'relative-to-sentence-date');
      return resolved;
    });
  },
};

function wordsBetween(text: string, from: number, to: number): number {
  return text.slice(from, to).split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}
