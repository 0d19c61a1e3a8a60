// "7 October 2023", "7th of October", "27 December 2008".

import { COMMA_SPACE, cue, day, monthAny, optionalWeekday, pattern, year } from '../patterns';
import type { Parser } from '../parsing';
import { dayPiece } from './day-of-month';

export const dayMonth: Parser = {
  name: 'day-month',
  pattern: pattern(optionalWeekday('weekday'), day('day'), '\\s+(?:of\\s+)?', monthAny('month'), `(?:${COMMA_SPACE}${year('year')})?`),
  cues: [cue.month, cue.digit],
  extract: (groups) => dayPiece(groups.day!, groups.month!, groups.year),
};
