import type { Token } from '../language';

/** The part of speech given here to the words of a date ("March", "Friday"): never a happening or a title's word. */
export const DATE_POS = 'DATE' as Token['pos'];

/** The tokens with every word inside one of the date spans tagged DATE_POS. */
export function markDates(tokens: Token[], dates: { index: number; end: number }[]): Token[] {
  if (dates.length === 0) return tokens;
  return tokens.map((token) => (dates.some((date) => token.start >= date.index && token.end <= date.end) ? { ...token, pos: DATE_POS } : token));
}
