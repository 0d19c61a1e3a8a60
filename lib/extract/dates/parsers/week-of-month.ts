// "the first week of April", "the last week of October 2023".

import { COMMA_SPACE, cue, monthAny, pattern, weekOrdinal, year } from '../patterns';
import { piece, type Parser } from '../parsing';
import { WEEK_ORDINALS } from '../../lexicon/en/dates';
import { monthNumber } from '../words';

export const weekOfMonth: Parser = {
  name: 'week-of-month',
  pattern: pattern(weekOrdinal('ordinal'), '\\s+week\\s+of\\s+', monthAny('month'), `(?:${COMMA_SPACE}${year('year')})?`),
  cues: [cue.month, cue.weekOf],
  extract(groups) {
    const month = monthNumber(groups.month!);
    const known = groups.year === undefined ? { month } : { year: Number(groups.year), month };
    return piece(known, { kind: 'week-of-month', week: WEEK_ORDINALS[groups.ordinal!] });
  },
};
