// "2024-10-16": machine-written full dates.

import { isValidDay } from '../calendar';
import { cue, pattern, WORD_END, year } from '../patterns';
import { piece, type Parser } from '../parsing';

export const isoDate: Parser = {
  name: 'iso-date',
  pattern: pattern('(?<![\\d-])', year('year'), '-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])(?![\\d-])', WORD_END),
  cues: [cue.isoDate],
  extract(groups) {
    const [y, m, d] = [Number(groups.year), Number(groups.month), Number(groups.day)];
    return isValidDay(y, m, d) ? piece({ year: y, month: m, day: d }) : null;
  },
};
