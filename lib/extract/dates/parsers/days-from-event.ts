// "days before X", "just days before X", "in the days after X", "days later": an uncounted number
// of days from the event the text reported just before (context.previousEvent). Resolved as every
// vague count of days is: up to a week (see relative-to-previous-event).

import { cue, pattern } from '../patterns';
import { piece, type Parser } from '../parsing';

export const daysFromEvent: Parser = {
  name: 'days-from-event',
  pattern: pattern(
    '(?:(?:[Jj]ust|[Oo]nly|[Mm]ere|[Ee]ven)\\s+|(?:[Ii]n\\s+|[Dd]uring\\s+|[Oo]ver\\s+|[Ff]or\\s+)?[Tt]he\\s+)?',
    '[Dd]ays\\s+(?<direction>before|after|afterwards|later|earlier|prior\\s+to|prior)(?![A-Za-z])',
  ),
  cues: [cue.unitThenDirection],
  extract(groups) {
    const direction = ['earlier', 'before', 'prior', 'prior to'].includes(groups.direction!.replace(/\s+/g, ' ')) ? -1 : 1;
    const relative = { anchor: 'previous-event', count: { min: 1, max: 7, vague: true }, unit: 'day', direction, stretch: false } as const;
    return piece({}, { kind: 'relative', relative });
  },
};
