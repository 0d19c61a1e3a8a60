// "June 2007", "Sept. 2019", "June of 2007": a whole month.

import { cue, monthAny, pattern, year } from '../patterns';
import { piece, type Parser } from '../parsing';
import { monthNumber } from '../words';

export const monthYear: Parser = {
  name: 'month-year',
  pattern: pattern(monthAny('month'), ',?\\s+(?:of\\s+)?', year('year'), '(?![,.]?\\d)'),
  cues: [cue.month, cue.year],
  extract: (groups) => piece({ year: Number(groups.year), month: monthNumber(groups.month!) }),
};
