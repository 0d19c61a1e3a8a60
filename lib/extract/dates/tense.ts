// Which side of the time of writing a date's clause puts it on, from the words before the date:
// a future cue ("will meet on Thursday") puts it after; a past verb right before it ("met on
// Tuesday", "rescued Nov. 25") before; a bound ("by Jan. 14", "extended to Nov. 20") or nothing
// decides neither. Cheap word tests, no parsing: this runs for every partial date.

import { BOUND_WORDS, FUTURE_CUES, FUTURE_IN_PAST_CUE, IRREGULAR_PAST, PAST_CONDITIONAL, PROSPECTIVE_PASSIVE } from '../lexicon/en/dates';
import { globalMatches } from '../text/global-matches';

/**
 * -1 before, 1 after the time of writing; 0 undecided; `bound` undecided because the date bounds a
 * span ("by Jan. 14"); `prospective` after a past speech ("would resume on March 3"), so either side.
 */
export type Side = -1 | 0 | 1 | 'bound' | 'prospective';

/** Words looked back over: far enough for "will meet the Norwegian envoy on Thursday". */
const REACH = 12;
/** Punctuation that closes the clause (or sentence) before the date. */
const CLAUSE_BREAK = /[,;:()"“”—–]|\s-{1,2}\s|[.!?]\s+(?=[A-Z])/g;
/** Hyphenated words stay whole: "lower-than-expected" is no "expected". */
const WORD = /[A-Za-z’'-]+/g;
/** Prepositions and articles between a verb and its date: "met on", "rescued in the". */
const LINKS = new Set(['on', 'in', 'at', 'the', 'early', 'late', 'last', 'this', 'of']);
/** "he'll", "they’ll". */
const CONTRACTED_WILL = /['’]ll$/;
const FUTURE = FUTURE_CUES.map((cue) => cue.toLowerCase());
const PAST = new Set(IRREGULAR_PAST);
const BOUNDS = new Set(BOUND_WORDS);

/** The clause text before `index`, back to the nearest clause break. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  const breaks = globalMatches(CLAUSE_BREAK, before);
  const last = breaks.at(-1);
  return last ? before.slice(last.index + last[0].length) : before;
}

/** Words a name may span between its past verb and the date: "sacked Gary Lennox on". */
const NAME_REACH = 5;

/**
 * "sacked Gary Lennox on 3 November": a past verb whose object is a name right before the date.
 * Only a name: after a common noun the date may time the noun ("said in an editorial on Saturday").
 */
function pastBeforeName(original: string[], words: string[], last: number): boolean {
  for (let i = last; i >= 0 && last - i < NAME_REACH; i--) {
    if (isPast(words[i]) && i < last) return true;
    if (!/^\p{Lu}/u.test(original[i])) return false;
  }
  return false;
}

function isPast(word: string): boolean {
  return PAST.has(word) || /[a-z]ed$/.test(word);
}

export function impliedSide(text: string, index: number): Side {
  const original = (clauseBefore(text, index).match(WORD) ?? []).slice(-REACH);
  const words = original.map((w) => w.toLowerCase());
  const phrase = ` ${words.join(' ')} `;
  if (FUTURE.some((cue) => phrase.includes(` ${cue} `)) || words.some((w) => CONTRACTED_WILL.test(w))) return 1;
  if (phrase.includes(` ${FUTURE_IN_PAST_CUE} `) && !phrase.includes(` ${PAST_CONDITIONAL} `)) return 'prospective';
  // The verb the date follows: skip the little words between them ("met on the").
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    if (BOUNDS.has(word)) return 'bound';
    if (LINKS.has(word)) continue;
    if (!isPast(word)) return pastBeforeName(original, words, i) ? -1 : 0;
    // "to be held on October 12": the participle names what is still to come.
    return PROSPECTIVE_PASSIVE.every((cue, j) => words[i - PROSPECTIVE_PASSIVE.length + j] === cue) ? 1 : -1;
  }
  return 0;
}
