// "two months ago", "39 years ago", "a few days ago": counted back from the reference date.

import { count, cue, pattern, unit } from '../patterns';
import { piece, type Parser } from '../parsing';
import { UNITS } from '../../lexicon/en/dates';
import { parseCount } from './count';

export const timeAgo: Parser = {
  name: 'time-ago',
  pattern: pattern(count('count'), '\\s+', unit('unit'), '\\s+ago\\b'),
  cues: [cue.ago],
  extract(groups) {
    const counted = parseCount(groups.count!);
    if (!counted) return null;
    const relative = { anchor: 'reference', count: counted, unit: UNITS[groups.unit!], direction: -1, stretch: false } as const;
    return piece({}, { kind: 'relative', relative });
  },
};
