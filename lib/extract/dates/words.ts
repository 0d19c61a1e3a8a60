// Calendar readings of the English date words (lexicon/en/dates): month numbers and the spans that
// "early", "mid" and "late" cover.

import { MONTH_ABBREVIATIONS, MONTH_NAMES, type Part } from '../lexicon/en/dates';

/** Getter for either list. */
export function monthNumber(word: string): number {
  const bare = word.replace(/\.$/, '');
  const month = MONTH_NAMES[bare] ?? MONTH_ABBREVIATIONS[bare];
  if (month === undefined) throw new Error(`not a month: ${word}`);
  return month;
}

/** Which years of a decade each part covers (offsets from the decade's first year). */
export const DECADE_PARTS: Record<Part, { from: number; to: number }> = {
  early: { from: 0, to: 3 },
  mid: { from: 4, to: 6 },
  late: { from: 7, to: 9 },
};

/** Which months of a year each part covers. */
export const YEAR_PARTS: Record<Part, { from: number; to: number }> = {
  early: { from: 1, to: 4 },
  mid: { from: 5, to: 8 },
  late: { from: 9, to: 12 },
};

/** Which days of a month each part covers; `to: 31` is clipped to the month's length. */
export const MONTH_PARTS: Record<Part, { from: number; to: number }> = {
  early: { from: 1, to: 10 },
  mid: { from: 11, to: 20 },
  late: { from: 21, to: 31 },
};
