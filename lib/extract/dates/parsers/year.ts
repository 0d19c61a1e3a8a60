// "in 1987", "a 2020 report", "the 1979 Islamic Revolution". Counts and identifiers that happen to
// fall in 1800–2100 are removed later by the not-a-quantity refiner, which sees the words around.

import { cue, pattern, standaloneYear } from '../patterns';
import { piece, type Parser } from '../parsing';

export const yearAlone: Parser = {
  name: 'year',
  pattern: pattern(standaloneYear('year')),
  cues: [cue.year],
  extract: (groups) => piece({ year: Number(groups.year) }),
};
