// A timeline entry: a line that opens with a date and goes on to say what happened then,
// "12 March 2020: Lockdown begins", "March 12 – WHO declares a pandemic", "**2021** Vaccines roll
// out". It is short and often unpunctuated like a heading, but it is body text.

import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../lexicon/en/dates';

const MONTH = `(?:${[...Object.keys(MONTH_NAMES), ...Object.keys(MONTH_ABBREVIATIONS)].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
/** "12 March 2020", "March 12, 2020", "March 12", "March 2020", "2021". */
const DATE = `(?:${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?|${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?|${MONTH}\\s+${YEAR}|${YEAR})`;
/** The date, then a separator (colon or dash) or the date set in bold, then words. */
const DATED_LINE = new RegExp(`^\\s*(?:\\*\\*${DATE}\\*\\*\\s*[:–—-]?|${DATE}\\s*[:–—-])\\s*[A-Za-z"“‘']`);

export function isDatedLine(line: string): boolean {
  return DATED_LINE.test(line);
}
