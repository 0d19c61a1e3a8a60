import type { Token } from '../language';
import { CLAUSE_OPENING_WORDS } from '../lexicon/en/participants';
import { NAME_PREPOSITIONS } from '../lexicon/en/stance';
import { DATE_POS } from '../events/date-tokens';

/** Token indices, `end` exclusive. */
export interface TokenRange {
  start: number;
  end: number;
}

/** Tags a noun phrase is made of: "Multiple Ruritanian officials", "Vell's report", "the 2020 State report". */
const PHRASE_POS = new Set<string>(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', DATE_POS]);

const CLAUSE_OPENERS = new Set(CLAUSE_OPENING_WORDS);

const isNominal = (token: Token | undefined) => token !== undefined && (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'PRON');
const isPossessive = (token: Token) => token.pos === 'PART' && /^['’]s?$/u.test(token.text);
/** A word of the phrase: not "that" or "which", which open a clause of their own. */
const inPhrase = (token: Token) => (PHRASE_POS.has(token.pos) && !CLAUSE_OPENERS.has(token.lemma)) || isPossessive(token);
const joins = (tokens: Token[], i: number) =>
  (tokens[i].pos === 'CCONJ' || (tokens[i].pos === 'ADP' && NAME_PREPOSITIONS.has(tokens[i].lemma))) && isNominal(tokens[i - 1]);

/** The noun phrase ending just before token `end` (its words, possessives, "of"/"and" between names); null when there is none. */
export function phraseEndingAt(tokens: Token[], end: number): TokenRange | null {
  let start = end;
  while (start > 0) {
    const token = tokens[start - 1];
    // A determiner opens its phrase: "a statement the ministry issued" is two phrases.
    const opened = start < end && tokens[start].pos === 'DET';
    if (inPhrase(token) && !opened) start--;
    else if (start - 2 >= 0 && joins(tokens, start - 1) && start < end) start--;
    else break;
  }
  // "In 2019 officials said": a date or preposition before the phrase is no part of it.
  while (start < end && (tokens[start].pos === DATE_POS || tokens[start].pos === 'ADP' || tokens[start].pos === 'CCONJ')) start++;
  return firstNominal(tokens, start, end) ? { start, end } : null;
}

/** The noun phrase ending before `end` with its prepositional complements: "the strike on the port". */
export function subjectEndingAt(tokens: Token[], end: number): TokenRange | null {
  let phrase = phraseEndingAt(tokens, end);
  while (phrase && tokens[phrase.start - 1]?.pos === 'ADP') {
    const before = phraseEndingAt(tokens, phrase.start - 1);
    if (!before) break;
    phrase = { start: before.start, end };
  }
  return phrase;
}

/** The noun phrase starting at token `start`; null when there is none. */
export function phraseStartingAt(tokens: Token[], start: number): TokenRange | null {
  let end = start;
  while (end < tokens.length) {
    const token = tokens[end];
    const opensAnother = token.pos === 'DET' && end > start && !joins(tokens, end - 1);
    if (inPhrase(token) && !opensAnother) end++;
    else if (end > start && joins(tokens, end) && tokens[end + 1] !== undefined && inPhrase(tokens[end + 1])) end++;
    else break;
  }
  return firstNominal(tokens, start, end) ? { start, end } : null;
}

/** The last noun before the first preposition or conjunction: what the phrase names ("involvement" in "involvement in the raid"). */
export function headOf(tokens: Token[], range: TokenRange): number {
  let head = range.start;
  for (let i = range.start; i < range.end; i++) {
    if (tokens[i].pos === 'ADP' || tokens[i].pos === 'CCONJ') break;
    if (isNominal(tokens[i])) head = i;
  }
  return head;
}

function firstNominal(tokens: Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isNominal(tokens[i])) return true;
  return false;
}
