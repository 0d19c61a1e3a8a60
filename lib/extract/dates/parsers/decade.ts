// "the 1990s", "the early 1990s", "the mid-2010s", "1980's".

import { cue, part, pattern } from '../patterns';
import { piece, type Parser } from '../parsing';
import { PARTS } from '../../lexicon/en/dates';

export const decade: Parser = {
  name: 'decade',
  pattern: pattern('(?<![\\d,.$])', `(?:${part('part')}[\\s-]+)?`, "(?<decade>1[89]\\d0|20\\d0)['’]?s(?![A-Za-z0-9])"),
  cues: [cue.decade],
  extract(groups) {
    const shape = { kind: 'decade', part: groups.part === undefined ? null : PARTS[groups.part.toLowerCase()] } as const;
    return piece({ year: Number(groups.decade) }, shape);
  },
};
