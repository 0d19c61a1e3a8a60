// "on Saturday", "last Sunday", "said Friday": a day named only by its weekday. Not inside a name
// ("The Sunday Courier", "the Friday Prayer Imam"): after "the" or before a capitalised word it
// counts only with a cue such as "on".

import { cue, DAY_PART, pattern, weekday } from '../patterns';
import { piece, type Parser } from '../parsing';
import { WEEKDAYS } from '../../lexicon/en/dates';

const CUE = '(?<=(?:[Oo]n|[Ll]ast|[Ss]ince|[Bb]y|[Uu]ntil|[Ee]arly|[Ll]ate|[Tt]his|[Ee]very)\\s+)';

export const weekdayAlone: Parser = {
  name: 'weekday',
  pattern: pattern(`(?:${CUE}${weekday('cued')}|(?<![Tt]he\\s+)${weekday('bare')}(?!\\s+[A-Z]))${DAY_PART}`),
  cues: [cue.weekday],
  extract: (groups) => piece({}, { kind: 'weekday', weekday: WEEKDAYS[(groups.cued ?? groups.bare)!] }),
};
