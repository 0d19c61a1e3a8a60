// "13–14 April 2024", "13-14 April": both days share the month (and year) written after them.

import { COMMA_SPACE, cue, day, monthAny, pattern, RANGE_DASH, year } from '../patterns';
import type { Parser } from '../parsing';
import { dayPiece } from './day-of-month';

export const dayMonthRange: Parser = {
  name: 'day-range',
  pattern: pattern(day('startDay'), RANGE_DASH, day('endDay'), '\\s+(?:of\\s+)?', monthAny('month'), `(?:${COMMA_SPACE}${year('year')})?`),
  cues: [cue.month, cue.dayRange],
  extract(groups) {
    const start = dayPiece(groups.startDay!, groups.month!, groups.year);
    const end = dayPiece(groups.endDay!, groups.month!, groups.year);
    return start && end && Number(groups.startDay) < Number(groups.endDay) ? { start, end } : null;
  },
};
