// "in June", "since April": a month whose year the text leaves to the narrative or reference date.
// Only after a cue word, so "May" the verb, "a march" and "Theresa May" are not dates. Other months
// also count after "for" before a noun or as a possessive ("figures for January rose", "for
// November transactions", "for October's close").

import { AMBIGUOUS_MONTH_NAMES, ATTRIBUTIVE_MONTH_CUES, MONTH_NAMES } from '../../lexicon/en/dates';
import { cue, eitherCase, MONTH_CUE, monthName, pattern, WORD_END } from '../patterns';
import { piece, type Parser } from '../parsing';
import { monthNumber } from '../words';

const UNAMBIGUOUS = Object.keys(MONTH_NAMES).filter((name) => !AMBIGUOUS_MONTH_NAMES.includes(name));
const ATTRIBUTIVE =
  `(?<=(?:^|[^A-Za-z])(?:${ATTRIBUTIVE_MONTH_CUES.map(eitherCase).join('|')})\\s+)(?<attributive>${UNAMBIGUOUS.join('|')})${WORD_END}(?=['’]s|\\s+[a-z])`;

export const monthNameAlone: Parser = {
  name: 'month-name',
  pattern: pattern(`(?:${MONTH_CUE}${monthName('month')}(?!['’]s)|${ATTRIBUTIVE})`),
  cues: [cue.monthName],
  extract: (groups) => piece({ month: monthNumber((groups.month ?? groups.attributive)!) }),
};
