// "2012–2014", "2012-14".

import { cue, pattern, RANGE_DASH, year, YEAR_DIGITS, YEAR_START } from '../patterns';
import { piece, type Parser } from '../parsing';

export const yearRange: Parser = {
  name: 'year-range',
  pattern: pattern(YEAR_START, year('startYear'), RANGE_DASH, `(?<endYear>${YEAR_DIGITS}|\\d\\d)(?![\\d,.]|[–-]\\d)(?![A-Za-z])`),
  cues: [cue.yearRange],
  extract(groups) {
    const startYear = Number(groups.startYear);
    const endText = groups.endYear!;
    const endYear = endText.length === 2 ? Math.floor(startYear / 100) * 100 + Number(endText) : Number(endText);
    return endYear > startYear ? { start: piece({ year: startYear }), end: piece({ year: endYear }) } : null;
  },
};
