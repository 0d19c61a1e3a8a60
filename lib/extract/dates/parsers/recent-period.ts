// "in recent months", "the past few weeks": an approximate stretch ending at the reference date.

import { cue, pattern } from '../patterns';
import { piece, type Parser } from '../parsing';
import { UNITS } from '../../lexicon/en/dates';

/** How many units "recent" / "the past few" reaches back. */
const RECENT_UNITS = 3;

export const recentPeriod: Parser = {
  name: 'recent-period',
  pattern: pattern('(?:[Rr]ecent|(?:[Pp]ast|[Ll]ast)\\s+(?:few|several|couple\\s+of))\\s+(?<unit>days|weeks|months|years)(?![A-Za-z])'),
  cues: [cue.recent, cue.pluralUnit],
  extract(groups) {
    const count = { min: 1, max: RECENT_UNITS, vague: true };
    const relative = { anchor: 'reference', count, unit: UNITS[groups.unit!], direction: -1, stretch: true } as const;
    return piece({}, { kind: 'relative', relative });
  },
};
