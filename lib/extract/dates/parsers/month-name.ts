// "in June", "since April": a month whose year the text leaves to the narrative or reference date.
// Only after a cue word, so "May" the verb, "a march" and "Theresa May" are not dates.

import { cue, MONTH_CUE, monthName, pattern } from '../patterns';
import { piece, type Parser } from '../parsing';
import { monthNumber } from '../words';

export const monthNameAlone: Parser = {
  name: 'month-name',
  pattern: pattern(MONTH_CUE, monthName('month'), "(?!['’]s)"),
  cues: [cue.monthName],
  extract: (groups) => piece({ month: monthNumber(groups.month!) }),
};
