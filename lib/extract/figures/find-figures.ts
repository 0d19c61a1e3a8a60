import type { Figure } from '../types';
import { COUNT, MEASURE_PATTERNS } from './figure-patterns';
import { parseCount } from './parse-count';
import { globalMatches } from '../text/global-matches';

/** How far back a measure word may sit before its count ("killed over 1,200"). */
const LOOKBEHIND = 40;
/** A bare four-digit number in this range is a year, not a count. */
const YEAR_LIKE = /^(?:1[89]|20)\d\d$/;

/** Numbers in the quote that count a known measure, with the text as written. */
export function findFigures(quote: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of globalMatches(COUNT, quote)) {
    const { digits, scale, qualifier } = match.groups ?? {};
    if (!qualifier && !scale && YEAR_LIKE.test(digits)) continue;
    const before = quote.slice(Math.max(0, match.index - LOOKBEHIND), match.index);
    const after = quote.slice(match.index + match[0].length);
    const measured = MEASURE_PATTERNS.find((m) => m.before.test(before) || m.after.test(after));
    if (measured) figures.push({ measure: measured.measure, value: parseCount(digits, scale), text: match[0] });
  }
  return figures;
}
