// Shapes of the text around a date that decide which happening it times.

/** A date opening its clause: "In July 2022, …", "However, on October 3, …". */
export const CLAUSE_OPENING = /(?:^[“"‘']?|[,;:—–]\s*[“"‘']?|^(?:[\p{L}]+,?\s+){1,3})(?:(?:in|on|at|by|during|as early as)\s+)?$/iu;

/**
 * A date opening its sentence or list item, where no comma is needed: "In March 2021 the company
 * moved…", "- 14 May: The agency publishes…", "**2021** Parliament passes…", "1. March 3 – …".
 */
export const SENTENCE_OPENING = /^(?:[-*•]\s+|\d+[.)]\s+)?(?:\*\*|__)?[“"‘']?(?:(?:in|on|at|by|during|as early as)\s+)?$/iu;

/**
 * A date opening a coordinated or following clause without a comma after it: "…; the following year
 * it walked out", "…, and in 2019 the firm paid the fine". Its verb must follow within BARE_OPENING_REACH.
 */
export const BARE_CLAUSE_OPENING = /(?:[;:—–]\s*|,?\s+(?:and|but|then|while)\s+)(?:(?:in|on|at|by|during)\s+)?(?:the\s+)?$/iu;

/** A date followed by a clause of what happened then: "since June 2019, when a walkout paralysed the ports". */
export const WHEN_CLAUSE_AFTER = /^\s*,?\s*when\s/iu;

/** What follows a clause-opening date: its comma, a chronology's colon or dash, or the end of a bold lead-in. */
export const OPENING_CLOSE = /^\s*(?:,|:|\*\*|__|\s[–—-]\s)/u;

/** Only an adverb between a date and the verb right after it: "the parliament, on Monday approved …". */
export const VERB_RIGHT_AFTER = /^\s+(?:\p{L}+ly\s+)?$/u;
export const ANCHORED_OPENING_CLOSE = /^\s+(?:the\s+)?[^,;]{1,60},/u;
export const COUNTS_FROM_HAPPENING = /\b(?:after|before|following)$/iu;

/** "the state noun (of the Gaza Strip) since …". */
export const STATE_TO_BOUND = /^(?:\s+(?:of|over|in)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3})?\s*(?:since|from)\s+(?:the\s+)?$/iu;

/** A happening sharing the date just stated: "founded in 1987 at the onset of the First Intifada". */
export const CO_DATED_AFTER = /^\s*,?\s*(?:at|during|amid|with)\s+(?:the\s+)?$/iu;

/** Coordination that carries one date over several happenings: "the visits …, as well as the visit …". */
export const AS_WELL_AS = /\bas well as\b/iu;

/** A reporting verb opening onto what was reported: "it was reported in April that …". */
export const THAT_CLAUSE = /^\s*,?\s*that\b/iu;

/** How far a verb may sit before the date that times it, in characters. */
export const VERB_REACH = 160;
/** How far the main verb may sit after a clause-opening date. */
export const OPENING_REACH = 220;
/** How far the verb may sit after a date opening a clause with no comma: a short subject between. */
export const BARE_OPENING_REACH = 40;
/** Extra distance counted for each comma crossed, since commas usually close the verb's clause. */
export const COMMA_COST = 40;

/** "there was an escalation": what an existential clause introduces is its happening. */
export const EXISTENTIAL = /^\s*,?\s*there\s+(?:was|were|is|are|(?:has|have|had|will)\s+been?)\s+(?:(?:a|an|another|the|(?:[\p{L}-]+\s+){0,2}))*$/iu;

/** A date in parentheses that labels a name ("the painter (1881–1973)", "(born 1935)"): a life span, no happening's date. */
export const LABEL_OPENING = /\(\s*(?:(?:born|b\.|died|d\.|c\.|ca\.|circa)\s+)?$/iu;
export const LABEL_CLOSING = /^\s*\)/u;

/** A date in the genitive ("this year's conference") names a noun's occasion, never the clause's time. */
export const GENITIVE_AFTER = /^['’]s\b/u;
export const GENITIVE_END = /['’]s$/u;

/** Between two coordinated dates of one happening ("an appearance in March and June"). */
export const DATE_COORDINATION = /^\s*(?:,\s*)?and(?:\s+(?:in|on))?\s*$/iu;

/**
 * Before a year that modifies the noun after it ("the 2024 budget", "its 2011 version", "Apple's 2010
 * lineup"): the year names the thing, and times only a happening noun ("the 2023 election").
 */
export const ATTRIBUTIVE_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|this|that|these|those)|['’]s)\s+$/iu;
/** A bare year, as an attributive one is written. */
export const BARE_YEAR = /^\d{4}$/u;
/** A word right after the year: the noun (or its modifier) it stands before. */
export const WORD_AFTER = /^\s+\p{L}/u;

/** "In a Wednesday media event, Apple released …": a day before the noun of an opening phrase opens the clause. */
export const ATTRIBUTIVE_OPENING_BEFORE = /^[“"‘']?(?:in|at|during)\s+(?:a|an|the|its|their|his|her)\s+$/iu;
/** The rest of that opening phrase: a few words, then its comma. */
export const ATTRIBUTIVE_OPENING_AFTER = /^(?:\s+[\p{L}’'-]+){1,3},/u;
/** Between an attributive year and a participle after its noun ("the 1991 settlement reached …"): the noun alone. */
export const ATTRIBUTIVE_NOUN_GAP = /^\s+[\p{L}’'-]+\s+$/u;
