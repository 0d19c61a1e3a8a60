// English words of dates: month and weekday names, seasons, counts, units and the cue words the
// date patterns are built from (lib/extract/dates). Data only.

/** Full month names, capitalised as English writes them (case matters: "may" is a verb, "march" a noun). */
export const MONTH_NAMES: Record<string, number> = {
  January: 1, February: 2, March: 3, April: 4, May: 5, June: 6,
  July: 7, August: 8, September: 9, October: 10, November: 11, December: 12,
};

/** Abbreviations, used only next to a day or year, where they cannot be a name ("Jan Egeland"). */
export const MONTH_ABBREVIATIONS: Record<string, number> = {
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8,
  Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
};

/** Weekday names, Sunday = 0 as in Date.getUTCDay. */
export const WEEKDAYS: Record<string, number> = {
  Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6,
};

/** Meteorological (northern) seasons by first month; each lasts three, so winter runs into the next year. */
export const SEASON_FIRST_MONTHS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** Exact counts written as words. "a"/"an" count one ("a year ago"). */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};

/** Vague counts: the span of values a reader would accept. */
export const VAGUE_COUNTS: Record<string, { min: number; max: number }> = {
  'a few': { min: 2, max: 5 },
  few: { min: 2, max: 5 },
  several: { min: 3, max: 7 },
  'a couple of': { min: 2, max: 3 },
};

export type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';

/** Unit words, singular and plural. */
export const UNITS: Record<string, Unit> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month',
  year: 'year', years: 'year', decade: 'decade', decades: 'decade',
};

export type Part = 'early' | 'mid' | 'late';

/** Words for the beginning, middle and end of a period. */
export const PARTS: Record<string, Part> = {
  early: 'early', beginning: 'early', start: 'early',
  mid: 'mid', middle: 'mid',
  late: 'late', end: 'late',
};

/** Ordinal weeks of a month; `last` is the final seven days. */
export const WEEK_ORDINALS: Record<string, number | 'last'> = {
  first: 1, second: 2, third: 3, fourth: 4, last: 'last', final: 'last',
};

/** Words that precede a bare month name when it is a date ("in June"), not a verb or a name. */
export const MONTH_CUES = [
  'in', 'of', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'during', 'from',
  'through', 'between', 'before', 'after', 'that',
];

/** Labels before a number that make it an identifier, not a year ("Unit 1948", "Route 2000"). */
export const NUMBER_LABELS = [
  'unit', 'route', 'article', 'resolution', 'no', 'number', 'flight', 'highway', 'road', 'room',
  'section', 'chapter', 'paragraph', 'page', 'model', 'code', 'battalion', 'brigade', 'squadron',
  'division', 'regiment', 'platoon', 'item', 'case', 'file', 'bill', 'law', 'vol', 'volume',
];

/** Nouns after a number that make it a count or measure, not a year ("2000 people", "1900 km"). */
export const COUNTED_NOUNS = [
  'people', 'persons', 'individuals', 'israelis', 'palestinians', 'civilians', 'soldiers',
  'troops', 'fighters', 'militants', 'members', 'hostages', 'prisoners', 'rockets', 'missiles',
  'drones', 'shells', 'times', 'km', 'kilometers', 'kilometres', 'miles', 'meters', 'metres',
  'percent', 'per', 'dollars', 'euros', 'tons', 'tonnes', 'killed', 'dead', 'wounded', 'injured',
  'casualties', 'victims', 'units', 'homes', 'houses', 'buildings', 'families', 'children',
  'women', 'men', 'residents', 'refugees', 'strikes', 'attacks', 'targets', 'kg',
];

/** Days named from the speaker's own day, by their offset from it in days. */
export const DEICTIC_DAYS: Record<string, -1 | 0 | 1> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/**
 * Words before a date that put it after the time of writing: "will meet on Thursday", "is set to
 * resume Monday", "expected in December". Multi-word entries are matched as written.
 */
export const FUTURE_CUES = [
  'will', "won't", 'shall', 'is to', 'are to', 'set to', 'scheduled', 'slated', 'due', 'plans to',
  'plan to', 'planned to', 'planning to', 'expected', 'expects', 'going to', 'intends', 'upcoming',
  'as soon as', 'as early as', 'would be',
];

/**
 * The future seen from a past speech ("said it would raise prices in the autumn"): after the speech,
 * which may be before or after the time of writing, so the nearest occurrence. A conditional perfect
 * ("would have turned 60 in May") looks back.
 */
export const FUTURE_IN_PAST_CUE = 'would';
export const PAST_CONDITIONAL = 'would have';

/** Words before a participle that make it a coming happening ("an event to be held on October 12"). */
export const PROSPECTIVE_PASSIVE = ['to', 'be'];

/** Irregular past forms that report a finished happening ("met on Tuesday"); regular ones end in -ed. */
export const IRREGULAR_PAST = [
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'began', 'came', 'took', 'made', 'held', 'left',
  'went', 'fell', 'rose', 'won', 'lost', 'gave', 'got', 'sent', 'spoke', 'wrote', 'saw', 'found', 'broke',
  'brought', 'bought', 'sold', 'paid', 'led', 'ran', 'struck', 'shot', 'hit', 'quit', 'put', 'set', 'cut',
];

/** Words before a date that make it a bound, open to either side of the time of writing ("extended to Nov. 20"). */
export const BOUND_WORDS = ['by', 'until', 'till', 'through', 'to', 'before', 'after', 'from'];

/** Words right before a weekday that say which side of the time of writing it lies: "last Friday", "next Tuesday". */
export const WEEKDAY_SIDES: Record<string, -1 | 1> = { last: -1, past: -1, next: 1, coming: 1 };

/**
 * Words before a month or season name that place it from the time of writing ("last April",
 * "this summer", "next March", "this past spring"), and after a month the year phrase that does
 * ("June last year").
 */
export const NAMED_PERIOD_WORDS: Record<string, 'last' | 'past' | 'this' | 'next'> = {
  last: 'last', 'this past': 'past', past: 'past', this: 'this', next: 'next', 'this coming': 'next', coming: 'next',
};

/** Years counted from the year of writing: "June last year". */
export const YEAR_OFFSETS: Record<string, -1 | 0 | 1> = { last: -1, this: 0, next: 1 };

/** Parts of a day that may follow its name and belong to the date ("Monday afternoon", "yesterday morning"). */
export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night'];

/** Sentence openings that carry the narrative on from where the text left it: "Then, …", "Later that …". */
export const NARRATIVE_CONTINUERS = ['then', 'later', 'afterwards', 'afterward', 'subsequently', 'soon after', 'shortly after', 'after that'];

/** Words before a year that make it the bound of a stretch still running, not a time narrated: "since 1980", "dating to 1994". */
export const STRETCH_BOUNDS = ['since', 'dating to', 'dating back to', 'dates to', 'dates back to', 'until', 'till', 'as far back as'];

/** Determiners before a year that modifies a noun: "the 1988 period", "its 1992 protests". */
export const YEAR_DETERMINERS = ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'this', 'that', 'these', 'those'];

/** Years spelled out as spoken ("nineteen ninety-six", "the year two thousand"): the parts. */
export const SPELLED_CENTURIES: Record<string, number> = { eighteen: 18, nineteen: 19, twenty: 20 };
export const SPELLED_UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
export const SPELLED_TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const SPELLED_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** "two thousand" for 2000, and "the year" that must precede it, where it cannot be a count. */
export const SPELLED_MILLENNIUM = 'two thousand';

/** Month names that are also common words or names ("may", "Theresa May"): read only after a MONTH_CUE. */
export const AMBIGUOUS_MONTH_NAMES = ['May'];

/**
 * Words before another month name that make it a date when a noun follows ("figures for January
 * rose", "turnover for October is") or it is possessive. Not "the": "the October massacre" names
 * a happening whose year the month alone does not give.
 */
export const ATTRIBUTIVE_MONTH_CUES = ['for'];
