// "April 6–8, 2023", "April 6-8": both days share the month written before them.

import { COMMA_SPACE, cue, day, monthAny, pattern, RANGE_DASH, year } from '../patterns';
import type { Parser } from '../parsing';
import { dayPiece } from './day-of-month';

export const monthDayRange: Parser = {
  name: 'day-range',
  pattern: pattern(monthAny('month'), '\\s*', day('startDay'), RANGE_DASH, day('endDay'), `(?:${COMMA_SPACE}${year('year')})?`),
  cues: [cue.month, cue.dayRange],
  extract(groups) {
    const start = dayPiece(groups.startDay!, groups.month!, groups.year);
    const end = dayPiece(groups.endDay!, groups.month!, groups.year);
    return start && end && Number(groups.startDay) < Number(groups.endDay) ? { start, end } : null;
  },
};
