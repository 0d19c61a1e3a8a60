// "today", "tonight", "yesterday", "tomorrow": the reference day or the day either side of it.

import { DEICTIC_DAYS } from '../../lexicon/en/dates';
import { cue, DAY_PART, eitherCase, pattern, WORD_END } from '../patterns';
import { piece, type Parser } from '../parsing';

export const deicticDay: Parser = {
  name: 'deictic-day',
  pattern: pattern(`(?<word>${Object.keys(DEICTIC_DAYS).map(eitherCase).join('|')})${WORD_END}${DAY_PART}`),
  cues: [cue.deicticDay],
  extract(groups) {
    const direction = DEICTIC_DAYS[groups.word!.toLowerCase()];
    const relative = { anchor: 'reference', count: { min: 1, max: 1, vague: false }, unit: 'day', direction, stretch: false } as const;
    return piece({}, { kind: 'relative', relative });
  },
};
