// "this year", "last month", "next week", "earlier this month", "the current year": the period containing, before or
// after the reference date. "earlier"/"later" only place the event within that same period.

import { cue, pattern } from '../patterns';
import { piece, type Parser } from '../parsing';
import { UNITS } from '../../lexicon/en/dates';

const DIRECTIONS = { this: 0, 'the current': 0, last: -1, next: 1 } as const;

export const thisLastNext: Parser = {
  name: 'this-last-next',
  // "the current fiscal year" is the current year, as TimeML reads a fiscal year without its own dates.
  pattern: pattern('(?:(?:[Ee]arlier|[Ll]ater)\\s+)?(?<which>[Tt]his|[Ll]ast|[Nn]ext|[Tt]he\\s+current)\\s+(?:fiscal\\s+)?(?<unit>week|month|year)(?![A-Za-z])'),
  cues: [cue.thisLastNext],
  extract(groups) {
    const direction = DIRECTIONS[groups.which!.toLowerCase().replace(/\s+/, ' ') as keyof typeof DIRECTIONS];
    const relative = { anchor: 'reference', count: { min: 1, max: 1, vague: false }, unit: UNITS[groups.unit!], direction, stretch: false } as const;
    return piece({}, { kind: 'relative', relative });
  },
};
