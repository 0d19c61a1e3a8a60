// "five days later", "a few days after", "three years earlier": counted from the event the text
// reported just before (context.previousEvent).

import { count, cue, pattern, unit } from '../patterns';
import { piece, type Parser } from '../parsing';
import { UNITS } from '../../lexicon/en/dates';
import { parseCount } from './count';

export const timeAfterEvent: Parser = {
  name: 'time-after-event',
  pattern: pattern(count('count'), '\\s+', unit('unit'), '\\s+(?<direction>later|after|afterwards|earlier|before|prior)(?![A-Za-z])'),
  cues: [cue.unitThenDirection],
  extract(groups) {
    const counted = parseCount(groups.count!);
    if (!counted) return null;
    const direction = ['earlier', 'before', 'prior'].includes(groups.direction!) ? -1 : 1;
    const relative = { anchor: 'previous-event', count: counted, unit: UNITS[groups.unit!], direction, stretch: false } as const;
    return piece({}, { kind: 'relative', relative });
  },
};
