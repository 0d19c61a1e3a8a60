// Years spelled out as spoken, as broadcast transcripts write them: "nineteen ninety-six",
// "January nineteen ninety-seven", "eighteen oh five", and "the year two thousand" (only after
// "the year", since "two thousand" alone is a count).

import { MONTH_NAMES, SPELLED_CENTURIES, SPELLED_MILLENNIUM, SPELLED_TEENS, SPELLED_TENS, SPELLED_UNITS } from '../../lexicon/en/dates';
import { cue, eitherCase, monthName, pattern, WORD_END } from '../patterns';
import { piece, type Parser } from '../parsing';

const words = (list: Record<string, number>) => Object.keys(list).sort((a, b) => b.length - a.length).join('|');
const UNIT = `(?:${words(SPELLED_UNITS)})`;
/** The last two digits: "hundred" (00), "oh five", "twelve", "ninety-six", "forty". */
const REST = `(?<rest>hundred|oh[\\s-]${UNIT}|${words(SPELLED_TEENS)}|(?:${words(SPELLED_TENS)})(?:[\\s-]${UNIT})?)`;
const CENTURY = `(?<century>${Object.keys(SPELLED_CENTURIES).map(eitherCase).join('|')})`;
const MILLENNIUM = `(?<=[Tt]he\\s+year\\s+)(?<millennium>${SPELLED_MILLENNIUM.replace(' ', '\\s+')})(?:\\s+and)?(?:[\\s-](?<after>${words(SPELLED_TEENS)}|${UNIT}))?`;

function restValue(rest: string): number {
  if (rest === 'hundred') return 0;
  const [first, second] = rest.replace(/^oh[\s-]/, '').split(/[\s-]/);
  return (SPELLED_TEENS[first] ?? SPELLED_TENS[first] ?? SPELLED_UNITS[first]) + (second ? SPELLED_UNITS[second] : 0);
}

export const spelledYear: Parser = {
  name: 'spelled-year',
  pattern: pattern(`(?:(?:${monthName('month')}\\s+(?:of\\s+)?)?${CENTURY}\\s+${REST}|${MILLENNIUM})${WORD_END}`),
  cues: [cue.spelledYear],
  extract(groups) {
    const month = groups.month ? { month: MONTH_NAMES[groups.month] } : {};
    if (groups.millennium) {
      const after = groups.after ? (SPELLED_TEENS[groups.after] ?? SPELLED_UNITS[groups.after]) : 0;
      return piece({ year: 2000 + after, ...month });
    }
    return piece({ year: SPELLED_CENTURIES[groups.century!.toLowerCase()] * 100 + restValue(groups.rest!), ...month });
  },
};
