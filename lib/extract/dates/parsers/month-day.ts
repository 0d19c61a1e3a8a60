// "October 7, 2023", "Sept. 27, 2024", "Oct. 7", "October 7th", "Saturday, October 7".

import { COMMA_SPACE, cue, day, monthAny, optionalWeekday, pattern, year } from '../patterns';
import type { Parser } from '../parsing';
import { dayPiece } from './day-of-month';

export const monthDay: Parser = {
  name: 'month-day',
  pattern: pattern(optionalWeekday('weekday'), monthAny('month'), '\\s*', day('day'), `(?:${COMMA_SPACE}${year('year')})?`),
  cues: [cue.month, cue.digit],
  extract: (groups) => dayPiece(groups.day!, groups.month!, groups.year),
};
