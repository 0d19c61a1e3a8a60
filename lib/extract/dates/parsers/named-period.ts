// "last April", "this summer", "next March", "this past spring", "June last year", "January of
// this year": a month or season placed from the time of writing rather than by a stated year.

import { MONTH_NAMES, NAMED_PERIOD_SIDES, SEASON_FIRST_MONTHS } from '../../lexicon/en/dates';
import { cue, eitherCase, monthName, pattern, season } from '../patterns';
import { piece, type Parser } from '../parsing';

const SIDE_WORDS = Object.keys(NAMED_PERIOD_SIDES).sort((a, b) => b.length - a.length).map(eitherCase).join('|');
const YEAR_SIDES = `(?<yearSide>${['this', 'last', 'next'].map(eitherCase).join('|')})`;

export const namedPeriod: Parser = {
  name: 'named-period',
  pattern: pattern(
    `(?:(?<side>${SIDE_WORDS})\\s+(?:${monthName('month')}|${season('season')})` +
      `|${monthName('yearMonth')}\\s+(?:of\\s+)?${YEAR_SIDES}\\s+year(?![A-Za-z]))`,
  ),
  cues: [cue.namedPeriod],
  extract(groups) {
    if (groups.yearMonth) {
      const yearOffset = NAMED_PERIOD_SIDES[groups.yearSide!.toLowerCase()];
      return piece({}, { kind: 'named-period', month: MONTH_NAMES[groups.yearMonth], season: false, side: 0, yearOffset });
    }
    const side = NAMED_PERIOD_SIDES[groups.side!.toLowerCase()];
    if (groups.month) return piece({}, { kind: 'named-period', month: MONTH_NAMES[groups.month], season: false, side, yearOffset: null });
    return piece({}, { kind: 'named-period', month: SEASON_FIRST_MONTHS[groups.season!.toLowerCase()], season: true, side, yearOffset: null });
  },
};
