// Named regex pieces. Each piece takes the capture-group name it should use, because JavaScript
// forbids a group name twice in one pattern (a range has a start day and an end day).

import { CUED_HOLIDAYS, HOLIDAYS } from '../lexicon/en/holidays';
import { DAY_PARTS, DEICTIC_DAYS, MONTH_ABBREVIATIONS, SPELLED_CENTURIES, SPELLED_MILLENNIUM, MONTH_CUES, MONTH_NAMES, NUMBER_WORDS, PARTS, SEASON_FIRST_MONTHS, UNITS, VAGUE_COUNTS, WEEKDAYS, WEEK_ORDINALS } from '../lexicon/en/dates';

/** Longest first, so "Sept" is tried before "Sep". */
function sortLongestFirst(words: string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

function alternation(words: string[]): string {
  return sortLongestFirst(words).map(escape).join('|');
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "in" → "[Ii]n": cue words may start a sentence, month names stay case-sensitive. */
export function eitherCase(word: string): string {
  return `[${word[0].toUpperCase()}${word[0]}]${escape(word.slice(1))}`;
}

/** Not glued to a preceding letter or digit. */
export const WORD_START = '(?<![A-Za-z0-9])';
/** Not glued to a following letter or digit. */
export const WORD_END = '(?![A-Za-z0-9])';
/** Space(s), optionally after a comma: "October 7, 2023". */
export const COMMA_SPACE = ',?\\s+';

/** "Monday afternoon", "yesterday morning": a part of the day that belongs to the date before it. */
export const DAY_PART = `(?:\\s+(?:${DAY_PARTS.join('|')})${WORD_END})?`;

/** En dash, em dash or hyphen between range ends, with optional spaces. */
export const RANGE_DASH = '\\s*[–—-]\\s*';

export const monthName = (group: string) => `(?<${group}>${alternation(Object.keys(MONTH_NAMES))})${WORD_END}`;

/** Full name or abbreviation; an abbreviation may carry a full stop ("Sept."). */
export const monthAny = (group: string) =>
  `(?<${group}>(?:${alternation(Object.keys(MONTH_ABBREVIATIONS))})\\.|(?:${alternation([...Object.keys(MONTH_NAMES), ...Object.keys(MONTH_ABBREVIATIONS)])})${WORD_END})`;

/** 1–31 with an optional ordinal suffix ("7th"). */
export const day = (group: string) => `(?<${group}>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d])${WORD_END}`;

/** Only 1800–2100 count as years; anything else is a number. */
export const YEAR_DIGITS = '(?:18\\d\\d|19\\d\\d|20\\d\\d|2100)';
export const year = (group: string) => `(?<${group}>${YEAR_DIGITS})(?!\\d)`;

/** Before a year: not the tail of a bigger number, an amount, a code or a digit run. */
export const YEAR_START = '(?<![\\d$€£#,.\\/–—-]|\\d\\s)';

/** After a year: not continued as a bigger number, a code or a digit run. */
export const YEAR_END = `(?![,.]\\d|[\\/–—-]\\d|\\s\\d{3})${WORD_END}`;

/**
 * A year standing alone: not part of a bigger number ("1,950", "2000.5"), an amount ("$2000"),
 * a code ("F-2000") or a digit run such as a phone number ("202 555 1987").
 */
export const standaloneYear = (group: string) => `${YEAR_START}${year(group)}${YEAR_END}`;

export const weekday = (group: string) => `(?<${group}>${alternation(Object.keys(WEEKDAYS))})${WORD_END}`;

export const season = (group: string) => `(?<${group}>${Object.keys(SEASON_FIRST_MONTHS).map(eitherCase).join('|')})${WORD_END}`;

/** "late", or "Late" opening a sentence or list item. */
export const part = (group: string) => `(?<${group}>${sortLongestFirst(Object.keys(PARTS)).map(eitherCase).join('|')})`;

export const weekOrdinal = (group: string) => `(?<${group}>${alternation(Object.keys(WEEK_ORDINALS))})`;

export const unit = (group: string) => `(?<${group}>${alternation(Object.keys(UNITS))})${WORD_END}`;

/** "two", "39", "a few", "several", "a": how many units. */
export const count = (group: string) =>
  `(?<${group}>\\d{1,3}|${sortLongestFirst([...Object.keys(VAGUE_COUNTS), ...Object.keys(NUMBER_WORDS)]).map(eitherCase).join('|')})`;

/**
 * Lookbehind: a bare month name counts only after a cue word ("in June", not "June said"), or
 * after "to"/"and" closing a range that began with a month or day ("March to May"), so that
 * "spoke to May" stays a name.
 */
export const MONTH_CUE =
  `(?:(?<=${WORD_START}(?:${MONTH_CUES.map(eitherCase).join('|')})\\s+)` +
  `|(?<=(?:${alternation(Object.keys(MONTH_NAMES))}|\\d)\\s*(?:to|and|[–-])\\s*))`;

/** Optional leading weekday, kept in the match: "Saturday, October 7, 2023". */
export const optionalWeekday = (group: string) => `(?:${weekday(group)},?\\s+)?`;

/** Joins pieces into a global regex that starts at a word boundary. */
export function pattern(...pieces: string[]): RegExp {
  return new RegExp(WORD_START + pieces.join(''), 'g');
}

// Cues: plain, non-global regexes that each parser's pattern implies (see Parser.cues). They must
// never reject a text the pattern would match, so each is built from the same word lists.

/** The first three letters of every month name and abbreviation, case as the patterns require. */
const monthStems = (words: string[]) => [...new Set(words.map((word) => word.slice(0, 3)))];

export const cue = {
  digit: /\d/,
  year: new RegExp(YEAR_DIGITS),
  isoDate: /\d{4}-\d\d-\d\d/,
  /** Any month name or abbreviation. */
  month: new RegExp(alternation(monthStems([...Object.keys(MONTH_NAMES), ...Object.keys(MONTH_ABBREVIATIONS)]))),
  /** A full month name, the only kind a bare month may be written as. */
  monthName: new RegExp(alternation(Object.keys(MONTH_NAMES))),
  dayRange: /\d\s*[–—-]\s*\d/,
  weekOf: /week\s+of\s/,
  part: new RegExp(alternation(Object.keys(PARTS)), 'i'),
  season: new RegExp(Object.keys(SEASON_FIRST_MONTHS).map(eitherCase).join('|')),
  decade: /\d0['’]?s/,
  yearRange: /\d{4}\s*[–—-]\s*\d\d/,
  followingPeriod: /(?:next|following|previous|preceding)\s+(?:day|week|month|year)/,
  spelledYear: new RegExp(`${alternation([...Object.keys(SPELLED_CENTURIES), SPELLED_MILLENNIUM])}`, 'i'),
  /** Every holiday name up to its apostrophe ("New Year", not "New"). */
  holiday: new RegExp(alternation([...new Set([...Object.keys(HOLIDAYS), ...Object.keys(CUED_HOLIDAYS)].map((name) => name.split(/['’]/)[0]))])),
  thatYear: /[Tt]hat\s+year/,
  namedPeriod: /(?:[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming)\s/,
  /** A full month name or a season word: with namedPeriod, the cues of "last April", "this summer". */
  monthOrSeason: new RegExp(`${alternation(Object.keys(MONTH_NAMES))}|${Object.keys(SEASON_FIRST_MONTHS).map(eitherCase).join('|')}`),
  thisLastNext: /(?:[Tt]his|[Ll]ast|[Nn]ext|current)\s+(?:fiscal\s+)?(?:week|month|year)/,
  recent: /(?:[Rr]ecent|[Pp]ast|[Ll]ast)\s/,
  pluralUnit: /(?:day|week|month|year)s(?![A-Za-z])/,
  ago: /\sago\b/,
  /** A unit word followed by a direction, in any case: "days later", "Days before". */
  unitThenDirection: new RegExp(`(?:${alternation(Object.keys(UNITS))})\\s+(?:later|after|earlier|before|prior)`, 'i'),
  weekday: new RegExp(alternation(Object.keys(WEEKDAYS))),
  deicticDay: new RegExp(alternation(Object.keys(DEICTIC_DAYS)), 'i'),
};
