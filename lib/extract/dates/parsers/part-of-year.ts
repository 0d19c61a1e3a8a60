// "early 2023", "mid-2023", "late 2023", "end of 2023": a third of a year.

import { cue, part, pattern, year, YEAR_END } from '../patterns';
import { piece, type Parser } from '../parsing';
import { PARTS } from '../../lexicon/en/dates';

export const partOfYear: Parser = {
  name: 'part-of-year',
  pattern: pattern(`(?:${part('adjective')}[\\s-]+|${part('noun')}\\s+of\\s+)`, year('year'), YEAR_END),
  cues: [cue.part, cue.year],
  extract: (groups) => piece({ year: Number(groups.year) }, { kind: 'part-of-year', part: PARTS[(groups.adjective ?? groups.noun)!.toLowerCase()] }),
};
