// "last April", "this summer", "next March", "this past spring", "June last year", "January of
// this year", "February 8 this year", "3 May last year": a month, day or season placed from the
// time of writing rather than by a stated year.

import { isValidDay } from '../calendar';
import { MONTH_NAMES, NAMED_PERIOD_WORDS, SEASON_FIRST_MONTHS, YEAR_OFFSETS } from '../../lexicon/en/dates';
import { COMMA_SPACE, cue, day, eitherCase, monthAny, monthName, pattern, season } from '../patterns';
import { piece, type Parser } from '../parsing';
import { monthNumber } from '../words';

const WHICH = Object.keys(NAMED_PERIOD_WORDS).sort((a, b) => b.length - a.length).map(eitherCase).join('|');
const YEAR_WHICH = Object.keys(YEAR_OFFSETS).map(eitherCase).join('|');
const OF_YEAR = (group: string) => `(?:of\\s+)?(?<${group}>${YEAR_WHICH})\\s+year(?![A-Za-z])`;
/** Any year has the day, so "February 29 last year" is only rejected where the year is known. */
const ANY_LEAP_YEAR = 2000;

export const namedPeriod: Parser = {
  name: 'named-period',
  pattern: pattern(
    `(?:(?<which>${WHICH})\\s+(?:${monthName('month')}|${season('season')})` +
      `|${monthAny('dayMonth')}\\s*${day('monthDay')}${COMMA_SPACE}${OF_YEAR('monthDayWhich')}` +
      `|${day('dayFirst')}\\s+${monthAny('monthAfterDay')}${COMMA_SPACE}${OF_YEAR('dayFirstWhich')}` +
      `|${monthName('yearMonth')}\\s+${OF_YEAR('yearWhich')})`,
  ),
  cues: [cue.monthOrSeason, cue.namedPeriod],
  extract(groups) {
    const dayWhich = groups.monthDayWhich ?? groups.dayFirstWhich;
    if (dayWhich) {
      const month = monthNumber((groups.dayMonth ?? groups.monthAfterDay)!);
      const dayOfMonth = Number(groups.monthDay ?? groups.dayFirst);
      if (!isValidDay(ANY_LEAP_YEAR, month, dayOfMonth)) return null;
      return piece({}, { kind: 'named-period', month, day: dayOfMonth, season: false, which: 'this', yearOffset: YEAR_OFFSETS[dayWhich.toLowerCase()] });
    }
    if (groups.yearMonth) {
      const yearOffset = YEAR_OFFSETS[groups.yearWhich!.toLowerCase()];
      return piece({}, { kind: 'named-period', month: MONTH_NAMES[groups.yearMonth], day: null, season: false, which: 'this', yearOffset });
    }
    const which = NAMED_PERIOD_WORDS[groups.which!.toLowerCase()];
    if (groups.month) return piece({}, { kind: 'named-period', month: MONTH_NAMES[groups.month], day: null, season: false, which, yearOffset: null });
    return piece({}, { kind: 'named-period', month: SEASON_FIRST_MONTHS[groups.season!.toLowerCase()], day: null, season: true, which, yearOffset: null });
  },
};
