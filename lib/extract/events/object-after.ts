import { LEADING_ARTICLE, OBJECT_STOP } from '../lexicon/en/titles';

/** Words an object phrase may hold when cut short; one that ends at its clause boundary within OBJECT_WHOLE_WORDS is kept whole. */
const OBJECT_WORDS = 8;
const OBJECT_WHOLE_WORDS = 10;

const TRAILING_FUNCTION_WORD = /^(?:in|on|at|of|to|from|with|and|the|a|an|by|during|just|around|again|ago|about)$/iu;

/** The words after a happening that complete its title, up to a clause boundary or the date. */
export function objectAfter(sentence: string, from: number, to: number): string {
  const text = sentence.slice(from, to);
  const stop = OBJECT_STOP.exec(text);
  const words = (stop ? text.slice(0, stop.index) : text).trim().replace(/[.!?]+$/, '').split(/\s+/).filter(Boolean);
  // A phrase a little longer than the limit is kept whole rather than cut mid-phrase ("the nascent Palestinian").
  const kept = words.slice(0, words.length <= OBJECT_WHOLE_WORDS ? words.length : OBJECT_WORDS);
  // A phrase cut before the date ends on its preposition ("in the"), which says nothing alone.
  while (kept.length && TRAILING_FUNCTION_WORD.test(kept.at(-1)!)) kept.pop();
  return kept.join(' ').replace(LEADING_ARTICLE, '');
}
