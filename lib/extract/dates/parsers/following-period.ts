// "the next day", "the following year", "the previous week": one unit from the previous event.

import { cue, pattern } from '../patterns';
import { piece, type Parser } from '../parsing';
import { UNITS } from '../../lexicon/en/dates';

export const followingPeriod: Parser = {
  name: 'following-period',
  pattern: pattern('(?<=[Tt]he\\s+)(?<which>next|following|previous|preceding)\\s+(?<unit>day|week|month|year)(?![A-Za-z])'),
  cues: [cue.followingPeriod],
  extract(groups) {
    const direction = groups.which === 'next' || groups.which === 'following' ? 1 : -1;
    const relative = { anchor: 'previous-event', count: { min: 1, max: 1, vague: false }, unit: UNITS[groups.unit!], direction, stretch: false } as const;
    return piece({}, { kind: 'relative', relative });
  },
};
