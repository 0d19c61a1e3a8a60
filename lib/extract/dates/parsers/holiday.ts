// "Thanksgiving Day", "on Christmas", "Election Day": named days, whose year is completed like any
// month and day's (see lexicon/en/holidays).

import { CUED_HOLIDAYS, HOLIDAYS, HOLIDAY_CUES, type Holiday } from '../../lexicon/en/holidays';
import { cue, eitherCase, pattern, WORD_END } from '../patterns';
import { piece, type Parser, type Piece } from '../parsing';

const names = (list: Record<string, Holiday>) => Object.keys(list).sort((a, b) => b.length - a.length).map((n) => n.replace(/'/g, "['’]")).join('|');
const CUED = `(?<=(?:${HOLIDAY_CUES.map(eitherCase).join('|')})\\s+)(?<cued>${names(CUED_HOLIDAYS)})`;

function holidayPiece({ month, day, weekday }: Holiday): Piece {
  return weekday === null ? piece({ month, day }) : piece({ month }, { kind: 'holiday', weekday, fromDay: day });
}

export const holiday: Parser = {
  name: 'holiday',
  pattern: pattern(`(?:(?<name>${names(HOLIDAYS)})|${CUED})${WORD_END}`),
  cues: [cue.holiday],
  extract(groups) {
    const name = (groups.name ?? groups.cued)!.replace(/’/g, "'");
    return holidayPiece(HOLIDAYS[name] ?? CUED_HOLIDAYS[name]);
  },
};
