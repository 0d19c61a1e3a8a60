// "last April", "this summer", "next March", "this past spring", "June last year", "January of
// this year": a month or season placed from the time of writing rather than by a stated year.

import { MONTH_NAMES, NAMED_PERIOD_WORDS, SEASON_FIRST_MONTHS, YEAR_OFFSETS } from '../../lexicon/en/dates';
import { cue, eitherCase, monthName, pattern, season } from '../patterns';
import { piece, type Parser } from '../parsing';

const WHICH = Object.keys(NAMED_PERIOD_WORDS).sort((a, b) => b.length - a.length).map(eitherCase).join('|');
const YEAR_WHICH = Object.keys(YEAR_OFFSETS).map(eitherCase).join('|');

export const namedPeriod: Parser = {
  name: 'named-period',
  pattern: pattern(
    `(?:(?<which>${WHICH})\\s+(?:${monthName('month')}|${season('season')})` +
      `|${monthName('yearMonth')}\\s+(?:of\\s+)?(?<yearWhich>${YEAR_WHICH})\\s+year(?![A-Za-z]))`,
  ),
  cues: [cue.monthOrSeason, cue.namedPeriod],
  extract(groups) {
    if (groups.yearMonth) {
      const yearOffset = YEAR_OFFSETS[groups.yearWhich!.toLowerCase()];
      return piece({}, { kind: 'named-period', month: MONTH_NAMES[groups.yearMonth], season: false, which: 'this', yearOffset });
    }
    const which = NAMED_PERIOD_WORDS[groups.which!.toLowerCase()];
    if (groups.month) return piece({}, { kind: 'named-period', month: MONTH_NAMES[groups.month], season: false, which, yearOffset: null });
    return piece({}, { kind: 'named-period', month: SEASON_FIRST_MONTHS[groups.season!.toLowerCase()], season: true, which, yearOffset: null });
  },
};
