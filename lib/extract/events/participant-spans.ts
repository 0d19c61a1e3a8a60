// Where a happening's participants stand in its sentence, read from the parts of speech: the
// subject (with its appositive, possessors and "of" phrases), the object and complements, the
// agent of a passive, the words a happening noun is built from ("the Ruritanian attack on Vell").
// Everything else the sentence names (a date's anchor, an attribution, another clause) is left out.

import type { Token } from '../language';
import {
  ADDRESSED_SAYING_VERBS, ATTRIBUTION_WORDS, CLAUSE_OPENING_WORDS, NOUN_COMPLEMENT_PREPOSITIONS, NOUN_PHRASE_JOINERS, POSSESSIVE_PRONOUNS,
} from '../lexicon/en/participants';
import { RELATIVE_PRONOUNS } from '../lexicon/en/titles';
import { DATE_POS } from './date-tokens';
import type { Span } from './clause-spans';
import { openingComma } from './title-phrases';
import type { Happening } from './types';

const ADDRESSED = new Set(ADDRESSED_SAYING_VERBS);
const COMPLEMENT = new Set(NOUN_COMPLEMENT_PREPOSITIONS);
const CLAUSE_OPENING = new Set(CLAUSE_OPENING_WORDS);
const ATTRIBUTION = new Set(ATTRIBUTION_WORDS);
const RELATIVE = new Set(RELATIVE_PRONOUNS);
/** Words of a noun phrase, read backwards from its head: a possessive's "'s" and a date inside it ("its October 7 massacre") too. */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'PART', DATE_POS]);
/** What may stand between a subject and its verb: auxiliaries, adverbs, "not", a date ("Acme today announced"). */
const VERB_CHAIN = new Set(['AUX', 'ADV', 'PART', DATE_POS]);
const JOINERS = new Set(NOUN_PHRASE_JOINERS);
const MODIFIED_AFTER_DATE = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Punctuation inside a phrase: a name's hyphen or apostrophe, a bracketed acronym. */
const INNER_MARK = /^(?:[-’'()&]|'s|’s)$/u;

export interface ParticipantSpans {
  /** Offsets in the sentence of the phrases that name the participants. */
  spans: Span[];
  /** Offsets of the subject's phrase (a pronoun there stands for a participant named earlier). */
  subject: Span | null;
}

/**
 * The phrases that name who took part in `happening`, within `clause`. A verb's subject may lie before
 * the clause when the verb is coordinated with an earlier one ("visited X and met Y"): both share it.
 */
export function participantSpans(tokens: Token[], happening: Happening, clause: Span): ParticipantSpans {
  const at = tokens.findIndex((token) => token.start === happening.index);
  if (at < 0) return { spans: [], subject: null };
  const last = lastTokenOf(tokens, at, happening.end);
  if (happening.kind !== 'verb') return withGoverning(tokens, nounSpans(tokens, at, last, clause), governingVerbOfNoun(tokens, at, clause.start));
  const own = subjectSpan(tokens, at, clause.start);
  const object = objectSpan(tokens, last + 1, clause.end, happening.family, tokens[at].lemma);
  const governing = governingVerbOfVerb(tokens, at, clause.start);
  const subject = own ?? (governing < 0 ? null : subjectSpan(tokens, governing, clause.start));
  const spans = [subject, object, governing >= 0 && own ? subjectSpan(tokens, governing, clause.start) : null];
  return { spans: spans.filter((span): span is Span => span !== null), subject };
}

/** A happening inside another verb's object ("launched its attack", "issued a report") has that verb's subject as its agent. */
function withGoverning(tokens: Token[], own: ParticipantSpans, governing: number): ParticipantSpans {
  const subject = governing >= 0 ? subjectSpan(tokens, governing, 0) : null;
  return subject ? { spans: [...own.spans, subject], subject: own.subject ?? subject } : own;
}

/** The verb whose object a happening noun heads: the verb right before the noun's phrase, not an "-ing" form ("following X's withdrawal"). */
function governingVerbOfNoun(tokens: Token[], at: number, clauseStart: number): number {
  let first = at;
  while (first > 0 && tokens[first - 1].start >= clauseStart && inNounPhrase(tokens[first - 1])) first--;
  const verb = tokens[first - 1];
  return verb?.pos === 'VERB' && verb.start >= clauseStart && !/ing$/iu.test(verb.text) ? first - 1 : -1;
}

/**
 * The verb a non-finite happening verb depends on: "began to extend" (its subject is the happening's),
 * "met the delegation headed by X" (a participle after a noun: the meeting's subject takes part too).
 */
function governingVerbOfVerb(tokens: Token[], at: number, clauseStart: number): number {
  let j = at - 1;
  while (tokens[j]?.pos === 'ADV') j--;
  if (tokens[j]?.pos === 'PART' && tokens[j].lemma === 'to' && tokens[j - 1]?.pos === 'VERB') return j - 1;
  const reducedRelative = (tokens[j]?.pos === 'NOUN' || tokens[j]?.pos === 'PROPN') && tokens[at + 1]?.lemma === 'by';
  if (!reducedRelative) return -1;
  for (let k = j - 1; k >= 0 && tokens[k].start >= clauseStart; k--) {
    if (tokens[k].pos === 'SCONJ' || tokens[k].text === ';') return -1;
    if (tokens[k].pos === 'VERB' && !isParticiple(tokens, k)) return k;
  }
  return -1;
}

/** "including", "led", "backed": a participle that heads no clause of its own. */
function isParticiple(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return /ing$/iu.test(tokens[k].text) || (before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN' || before.text === '-'));
}

/** A happening noun's participants: its modifiers and possessor before it, its complements after it. */
function nounSpans(tokens: Token[], at: number, last: number, clause: Span): ParticipantSpans {
  let first = at;
  // "a 2020 Ministry of Labour report": a name's "of" joins its words.
  const joinsName = (j: number) => tokens[j].pos === 'ADP' && tokens[j].lemma === 'of' && tokens[j - 1]?.pos === 'PROPN' && tokens[j + 1]?.pos === 'PROPN';
  while (first > 0 && tokens[first - 1].start >= clause.start && (inNounPhrase(tokens[first - 1]) || joinsName(first - 1))) first--;
  const before = first < at ? { start: tokens[first].start, end: tokens[last].end } : null;
  const next = tokens[last + 1];
  const after = next && next.pos === 'ADP' && COMPLEMENT.has(next.lemma) ? argumentSpan(tokens, last + 1, clause.end) : null;
  return { spans: [before, after].filter((span): span is Span => span !== null), subject: before };
}

/** The subject before the verb at `at`: the phrase before its auxiliaries, across an appositive, a relative pronoun or a reduced relative ("a delegation headed by X went"). */
function subjectSpan(tokens: Token[], at: number, clauseStart: number): Span | null {
  let j = at - 1;
  while (j >= 0 && VERB_CHAIN.has(tokens[j].pos) && !isPossessiveMark(tokens[j])) j--;
  if (j < 0) return null;
  // "visited Vell and met officials": a verb coordinated with an earlier one shares its subject.
  if (tokens[j].pos === 'CCONJ') {
    const earlier = previousVerb(tokens, j);
    return earlier < 0 ? null : subjectSpan(tokens, earlier, 0);
  }
  // A clause cut right before its verb ("Acme, a maker of X, | today announced") leaves the subject before it.
  if (tokens[j].start < clauseStart) return subjectSpan(tokens, at, 0);
  if (isRelativePronoun(tokens[j])) j = tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
  let end = j;
  if (tokens[j]?.text === ',') {
    // "X, the commander of Y, visited": the name before the appositive, with the appositive.
    const opening = openingComma(tokens, j, clauseStart);
    if (opening < 0) return null;
    end = j - 1;
    j = opening - 1;
  }
  let first = phraseStart(tokens, j, clauseStart);
  if (first > j) return null;
  // "a delegation headed by the minister went": the participle's agent and its head are the subject.
  if (tokens[first - 1]?.lemma === 'by' && tokens[first - 2]?.pos === 'VERB') {
    const head = phraseStart(tokens, first - 3, clauseStart);
    if (head <= first - 3) first = head;
  }
  return { start: tokens[first].start, end: tokens[end].end };
}

/** A verb's object and complements; after a verb of saying only the one addressed ("told reporters", "said to reporters"). */
function objectSpan(tokens: Token[], from: number, clauseEnd: number, family: string, lemma: string): Span | null {
  if (family === 'statement' && !ADDRESSED.has(lemma)) {
    return tokens[from]?.lemma === 'to' ? argumentSpan(tokens, from, clauseEnd, true) : null;
  }
  return argumentSpan(tokens, from, clauseEnd);
}

/**
 * The words from `from` that continue the happening's arguments: up to another clause (a relative
 * or subordinate clause, a new subject's auxiliary, "according to"), or a date unless a coordinated
 * verb follows it ("visited X in April and met Y"). `onePhrase`: only the first phrase.
 */
function argumentSpan(tokens: Token[], from: number, clauseEnd: number, onePhrase = false): Span | null {
  let j = from;
  for (; j < tokens.length && tokens[j].end <= clauseEnd; j++) {
    const token = tokens[j];
    if (endsArguments(tokens, j)) break;
    if (onePhrase && j > from && (token.pos === 'VERB' || token.text === ',')) break;
    if (token.pos === DATE_POS) {
      let k = j;
      while (tokens[k]?.pos === DATE_POS) k++;
      // "a 2020 ministry report": a date inside a noun phrase is a modifier.
      if (MODIFIED_AFTER_DATE.has(tokens[k]?.pos ?? '') && tokens[j - 1]?.pos !== 'ADP') {
        j = k - 1;
        continue;
      }
      while (tokens[k]?.pos === DATE_POS || tokens[k]?.pos === 'ADP' || tokens[k]?.text === ',') k++;
      if (!(tokens[k]?.pos === 'CCONJ' && nextVerb(tokens, k + 1))) break;
      j = k;
    }
  }
  return j > from ? { start: tokens[from].start, end: tokens[j - 1].end } : null;
}

function endsArguments(tokens: Token[], j: number): boolean {
  const token = tokens[j];
  const word = token.text.toLowerCase();
  if (token.text === ';' || token.text === ':' || ATTRIBUTION.has(word)) return true;
  if (token.pos === 'SCONJ' || (CLAUSE_OPENING.has(word) && (token.pos === 'PRON' || tokens[j - 1]?.text === ','))) return true;
  // "the massacre it had committed", "X, the union said": a new subject's verb opens another clause.
  if ((token.pos === 'AUX' || token.pos === 'VERB') && tokens[j - 1]?.pos === 'PRON' && !isPossessivePronoun(tokens[j - 1])) return true;
  return token.pos === 'AUX' && tokens[j - 1]?.pos !== 'CCONJ';
}

/** The first token of the noun phrase ending at `end`, across prepositions and "and" ("the commander of the force in Vell"). */
function phraseStart(tokens: Token[], end: number, clauseStart: number): number {
  let j = end;
  while (j >= 0 && tokens[j].start >= clauseStart) {
    // "Acme Inc. (NASDAQ: ACME)": a bracketed aside belongs to the name before it.
    if (tokens[j].text === ')') j = openingBracket(tokens, j);
    else if (!inNounPhrase(tokens[j]) && !joinsPhrase(tokens, j)) break;
    j--;
  }
  return j + 1;
}

/** The "(" that the ")" at `close` closes, or `close` itself if none. */
function openingBracket(tokens: Token[], close: number): number {
  for (let k = close - 1; k >= 0; k--) if (tokens[k].text === '(') return k;
  return close;
}

function inNounPhrase(token: Token): boolean {
  if (token.pos === 'PRON') return !isRelativePronoun(token);
  return NOUN_PHRASE.has(token.pos) || (token.pos === 'PUNCT' && INNER_MARK.test(token.text));
}

function joinsPhrase(tokens: Token[], j: number): boolean {
  const token = tokens[j];
  if (token.pos === 'ADP') return JOINERS.has(token.lemma) && j > 0 && NOUN_PHRASE.has(tokens[j - 1].pos);
  // "the resolution of the war and the appointments of X": "and" between two noun phrases joins one subject.
  return token.pos === 'CCONJ' && (token.lemma === 'and' || token.lemma === 'or') && j > 0 && NOUN_PHRASE.has(tokens[j - 1].pos) && NOUN_PHRASE.has(tokens[j + 1]?.pos ?? '');
}

function previousVerb(tokens: Token[], before: number): number {
  for (let k = before - 1; k >= 0; k--) {
    if (tokens[k].pos === 'VERB') return k;
    if (tokens[k].pos === 'SCONJ' || tokens[k].text === ';') return -1;
  }
  return -1;
}

function nextVerb(tokens: Token[], from: number): boolean {
  let k = from;
  while (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'AUX') k++;
  return tokens[k]?.pos === 'VERB';
}

/** The last token of the happening's words ("paid visits", "carried out"). */
function lastTokenOf(tokens: Token[], at: number, end: number): number {
  let last = at;
  while (tokens[last + 1] && tokens[last + 1].end <= end) last++;
  return last;
}

function isRelativePronoun(token: Token): boolean {
  return RELATIVE.has(token.text.toLowerCase()) && token.pos === 'PRON';
}

function isPossessiveMark(token: Token): boolean {
  return token.text === "'s" || token.text === '’s';
}

function isPossessivePronoun(token: Token): boolean {
  return Object.hasOwn(POSSESSIVE_PRONOUNS, token.text.toLowerCase());
}
