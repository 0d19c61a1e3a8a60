// "early October 2023", "mid-October", "late October", "end of October": a third of a month.

import { COMMA_SPACE, cue, monthAny, part, pattern, year } from '../patterns';
import { piece, type Parser } from '../parsing';
import { PARTS } from '../../lexicon/en/dates';
import { monthNumber } from '../words';

export const partOfMonth: Parser = {
  name: 'part-of-month',
  pattern: pattern(`(?:${part('adjective')}[\\s-]+|${part('noun')}\\s+of\\s+)`, monthAny('month'), `(?:${COMMA_SPACE}${year('year')})?`, '(?!\\s*\\d)'),
  cues: [cue.month, cue.part],
  extract(groups) {
    const month = monthNumber(groups.month!);
    const known = groups.year === undefined ? { month } : { year: Number(groups.year), month };
    return piece(known, { kind: 'part-of-month', part: PARTS[(groups.adjective ?? groups.noun)!.toLowerCase()] });
  },
};
