// The subject and object of a happening's clause, read from the tokens of its sentence, for titles.

import type { Token } from '../language';
import { EVALUATIVE_WORDS } from '../lexicon/en/happenings';
import { FIRST_PERSON, NOUN_PHRASE_PREPOSITIONS, NUMBER_QUALIFIERS, RELATIVE_PRONOUNS, TIME_ADJECTIVES as TIME_ADJECTIVE_WORDS } from '../lexicon/en/titles';
import { DATE_POS } from './date-tokens';
import { isCompoundEnd } from './compound-word';
import { pastParticiple } from './inflect';


const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'PART']);
/** What may stand between a subject and its verb: auxiliaries, adverbs, "not", and a date ("Acme today announced"). */
const AUXILIARY_CHAIN = new Set(['AUX', 'ADV', 'PART']);
const HEAD_NOUN = new Set(['NOUN', 'PROPN']);
const TIME_ADJECTIVES = new Set(TIME_ADJECTIVE_WORDS);
const PREPOSITION_OBJECT = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const EMBEDDING = new Set(['ADP', 'VERB', 'PART', 'AUX']);
const RELATIVE = new Set(RELATIVE_PRONOUNS);
const ACRONYM = /^\p{Lu}{2,}$/u;
const JOINING = new Set(NOUN_PHRASE_PREPOSITIONS);
const EVALUATIVE = new Set(EVALUATIVE_WORDS);
const FIRST = new Set(FIRST_PERSON);
/** A possessive pronoun opening a headline's phrase ("its origins") points at nothing the headline says. */
const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const QUALIFIERS = NUMBER_QUALIFIERS.map((words) => words.split(' '));
/** An object that ends at its clause boundary within this many words is kept whole. */
const WHOLE_OBJECT_WORDS = 10;
/** Quotation marks, which an object keeps when the quotation closes in it. */
const QUOTE_MARKS = /^["“”]$/u;
/** Punctuation inside a phrase: a name's hyphen or apostrophe, a currency sign, a percent. */
const INNER_MARKS = /^(?:[-’'$€£%&]|'s|’s)$/u;
/** A subject or object longer than this is not a headline's. */
export const MAX_PHRASE_WORDS = 8;
/** What may follow a date inside a verb's object: "to end …", "that …", "the contract", "two ships". */
const OBJECT_AFTER_DATE = new Set(['PART', 'SCONJ', 'DET', 'NOUN', 'PROPN', 'NUM', 'PRON']);

export interface Subject {
  tokens: Token[];
  /** Whether the verb's auxiliaries make it passive ("was launched"). */
  passive: boolean;
}

/**
 * The subject of the verb at `verb`: the noun phrase right before its auxiliaries, within the
 * clause. Across an appositive ("X, the commander of Y, visited") it is the name before it; before
 * a relative pronoun ("X, which was founded") it is what the pronoun stands for.
 */
export function subjectBefore(tokens: Token[], verb: number, clauseStart: number): Subject {
  let j = verb - 1;
  let passive = false;
  while (j >= 0 && tokens[j].start >= clauseStart && (AUXILIARY_CHAIN.has(tokens[j].pos) || tokens[j].pos === DATE_POS || isDatePreposition(tokens, j)) && tokens[j].text !== "'s" && tokens[j].text !== '’s') {
    if (tokens[j].pos === 'AUX' && (tokens[j].lemma === 'be' || tokens[j].lemma === 'get')) passive = true;
    j--;
  }
  // "The company, founded in 1998, …": a past participle right after the clause's first comma opens a
  // reduced relative, passive; after a closing comma ("X, its chief, announced") it is the main verb.
  if (j === verb - 1 && tokens[j]?.text === ',' && isPastForm(tokens[verb]) && openingComma(tokens, j, clauseStart) < 0) passive = true;
  if (j === verb - 1 && isReducedRelative(tokens, verb)) passive = true;
  // "The WHO recommended": an acronym is no relative pronoun.
  const afterRelative = j >= 0 && RELATIVE.has(tokens[j].text.toLowerCase()) && !ACRONYM.test(tokens[j].text);
  if (afterRelative) j = skipComma(tokens, j - 1);
  j = beforeBrackets(tokens, j, clauseStart);
  let phrase = phraseEndingAt(tokens, j, clauseStart);
  // A relative pronoun's antecedent is the nearest phrase; a subject is the whole one ("prosecutors in Vell closed").
  if (!afterRelative) phrase = wholePhrase(tokens, phrase, clauseStart);
  // "The union, which represents 400,000 drivers, walked off": the subject is the phrase before the relative clause.
  const relative = phrase.length === 0 && tokens[j]?.text === ',' ? relativeClauseStart(tokens, j, clauseStart) : -1;
  if (relative > 0) phrase = phraseEndingAt(tokens, beforeBrackets(tokens, relative - 1, clauseStart), clauseStart);
  if (phrase.length === 0 && tokens[j]?.text === ',') {
    // "X, the commander of Y (Z), visited": the name before the comma that opens the appositive.
    const opening = openingComma(tokens, j, clauseStart);
    const before = opening > 0 ? phraseEndingAt(tokens, opening - 1, clauseStart) : [];
    const inner = phraseEndingAt(tokens, j - 1, clauseStart);
    // "The last storm to hit Vell, Storm Ada, hit": the phrase before the comma ends a description, the apposition names the subject.
    const apposition = inner.length > 0 && tokens.indexOf(inner[0]) === opening + 1;
    phrase = before.length && !(isEmbedded(tokens, before[0], clauseStart) && apposition) ? before : inner;
  }
  return { tokens: trimPhrase(fitPhrase(trimPhrase(withReducedRelative(tokens, phrase, clauseStart)))), passive };
}

/** The comma opening a relative clause (", which …,", ", who …,") that ends at the comma `close`, or -1. */
function relativeClauseStart(tokens: Token[], close: number, clauseStart: number): number {
  for (let k = close - 1; k > 0 && tokens[k].start >= clauseStart; k--) {
    if (tokens[k].text === ',' && RELATIVE.has(tokens[k + 1]?.text.toLowerCase()) && tokens[k + 1].pos !== 'SCONJ' && !ACRONYM.test(tokens[k + 1].text)) return k;
  }
  return -1;
}

/** Whether a phrase is the object of a word before it in its clause (a preposition, a verb or an infinitive's "to"), not a subject. */
function isEmbedded(tokens: Token[], first: Token, clauseStart: number): boolean {
  const before = tokens[tokens.indexOf(first) - 1];
  return before !== undefined && before.start >= clauseStart && EMBEDDING.has(before.pos);
}

/** "The Vell Space Agency (VSA) said": the subject ends before a bracketed acronym or aside. */
function beforeBrackets(tokens: Token[], j: number, clauseStart: number): number {
  if (tokens[j]?.text !== ')') return j;
  let opening = j - 1;
  while (opening >= 0 && tokens[opening].start >= clauseStart && tokens[opening].text !== '(' && tokens[opening].text !== ')') opening--;
  return opening >= 0 && tokens[opening].text === '(' && tokens[opening].start >= clauseStart ? opening - 1 : j;
}

/**
 * "A review published in 2020 recommended …": a past form right after its noun, followed only by
 * prepositional phrases and dates before the clause's finite verb, is a reduced relative: passive.
 * A noun phrase with no preposition before it ("said on Monday the firm broke …") opens a new clause.
 */
function isReducedRelative(tokens: Token[], verb: number): boolean {
  // "The announcement came": a past tense that is no participle is the main verb.
  if (!HEAD_NOUN.has(tokens[verb - 1]?.pos) || tokens[verb].text.toLowerCase() !== pastParticiple(tokens[verb].lemma)) return false;
  // "a press conference held by Acme": a participle with its agent is passive wherever it stands ("started by cutting" is no agent).
  if (tokens[verb + 1]?.lemma === 'by' && tokens[verb + 2]?.pos !== 'VERB') return true;
  let inPrepositionalPhrase = false;
  for (const token of tokens.slice(verb + 1)) {
    if (token.pos === DATE_POS) inPrepositionalPhrase = false;
    else if (token.pos === 'ADP') inPrepositionalPhrase = true;
    else if (PREPOSITION_OBJECT.has(token.pos)) {
      if (!inPrepositionalPhrase) return false;
    } else return token.pos === 'AUX' || (token.pos === 'VERB' && !/ing$/iu.test(token.text));
  }
  return false;
}

function isPastForm(token: Token): boolean {
  const text = token.text.toLowerCase();
  return text !== token.lemma && !text.endsWith('ing') && !text.endsWith('s');
}

/** "the board on Wednesday approved": "on" before a date between subject and verb ("in May 2017" as often ends a long subject). */
function isDatePreposition(tokens: Token[], j: number): boolean {
  return tokens[j].pos === 'ADP' && (tokens[j].lemma === 'on' || tokens[j].lemma === 'in') && tokens[j + 1]?.pos === DATE_POS;
}

/** A subject too long for a headline keeps its head, cut before a preposition outside a name, rather than a cut phrase. */
function fitPhrase(phrase: Token[]): Token[] {
  let fitted = phrase;
  while (fitted.length > MAX_PHRASE_WORDS) {
    // The head comes first: "the talks with the ministry over a wage rise" are talks, not a wage rise.
    const preposition = fitted.findLastIndex((token, i) => i > 0 && token.pos === 'ADP' && !inName(fitted, i));
    if (preposition < 0) break;
    fitted = fitted.slice(0, preposition);
  }
  // With no preposition to cut at, a long run of titles ends on the name ("co-founder and former chief executive Jane Roe").
  return fitted.slice(-MAX_PHRASE_WORDS);
}

/** "Ministry of Labour": a preposition between two capitalised words is part of a name. */
function inName(phrase: Token[], i: number): boolean {
  return /^\p{Lu}/u.test(phrase[i - 1]?.text ?? '') && /^\p{Lu}/u.test(phrase[i + 1]?.text ?? '');
}

/**
 * A phrase right after a preposition is that preposition's object, the end of a longer subject
 * ("the leader of Acme in Vell", "an earthquake in Ruritania"): the subject runs back over it.
 */
function wholePhrase(tokens: Token[], phrase: Token[], clauseStart: number): Token[] {
  let whole = phrase;
  while (whole.length) {
    const at = tokens.indexOf(whole[0]);
    const preposition = tokens[at - 1];
    if (!preposition || preposition.pos !== 'ADP' || preposition.start < clauseStart || !NOUN_PHRASE.has(tokens[at - 2]?.pos ?? '')) break;
    const before = phraseEndingAt(tokens, at - 2, clauseStart);
    if (!before.length) break;
    whole = tokens.slice(tokens.indexOf(before[0]), at + whole.length);
  }
  // "The resolution of X and the appointment of Y as head of Z improved …": one conjunct is no subject.
  const conjunction = tokens[tokens.indexOf(whole[0]) - 1];
  return whole !== phrase && conjunction?.pos === 'CCONJ' && conjunction.start >= clauseStart ? [] : whole;
}

/** "a delegation headed by the minister went": the phrase after "by" is the participle's agent; the subject is the phrase before it. */
function withReducedRelative(tokens: Token[], phrase: Token[], clauseStart: number): Token[] {
  const first = phrase.length ? tokens.indexOf(phrase[0]) : -1;
  const by = tokens[first - 1];
  const participle = tokens[first - 2];
  if (first < 2 || by.lemma !== 'by' || participle.pos !== 'VERB') return phrase;
  const head = phraseEndingAt(tokens, first - 3, clauseStart);
  return head.length ? tokens.slice(first - 2 - head.length, first + phrase.length) : phrase;
}

/** The object and complements after `from` (a token index), up to a clause boundary or a date. */
export function objectAfter(tokens: Token[], from: number, clauseEnd: number, contentClause = false): Token[] {
  let object: Token[] = [];
  let whole = false;
  for (let j = pastDate(tokens, from); ; j++) {
    if (j >= tokens.length || tokens[j].end > clauseEnd || !(quotesObject(tokens, j, object, clauseEnd) || continuesObject(tokens, j, contentClause))) {
      whole = true;
      break;
    }
    if (object.length === WHOLE_OBJECT_WORDS) break;
    object.push(tokens[j]);
  }
  // A phrase a little longer than a headline's is kept whole rather than cut mid-phrase.
  if (!whole) object = object.slice(0, MAX_PHRASE_WORDS);
  while (object.length && ['ADP', 'DET', 'CCONJ', 'PART', 'SCONJ'].includes(object.at(-1)!.pos)) object.pop();
  // "pleaded guilty", "was found dead": an adjective alone after the verb is its complement, not a cut
  // phrase ("collapsed last Friday": nor a date's first word).
  const complement = object.length === 1 && object[0].pos === 'ADJ' && !TIME_ADJECTIVES.has(object[0].lemma) && tokens[tokens.indexOf(object[0]) + 1]?.pos !== DATE_POS;
  while (!complement && object.length && ['ADP', 'DET', 'CCONJ', 'PART', 'ADJ', 'SCONJ'].includes(object.at(-1)!.pos)) object.pop();
  // A quotation cut short loses its marks rather than leave one open.
  return object.filter(isQuoteMark).length % 2 === 0 ? object : object.filter((token) => !isQuoteMark(token));
}

/**
 * "blamed “years of indecision” in a letter": quotation marks inside an object are the source's own
 * words and stay in it: an opening one when it closes within the clause, a closing one after it.
 */
function quotesObject(tokens: Token[], j: number, object: Token[], clauseEnd: number): boolean {
  if (!isQuoteMark(tokens[j])) return false;
  if (object.filter(isQuoteMark).length % 2 === 1) return true;
  return tokens.slice(j + 1).some((token) => token.end <= clauseEnd && isQuoteMark(token));
}

function isQuoteMark(token: Token): boolean {
  return token.pos === 'PUNCT' && QUOTE_MARKS.test(token.text);
}

/**
 * "voted on Thursday to end the strike", "estimated last week that …": the date right after the verb
 * is no end of its object when an infinitive, a that-clause or a noun phrase follows it; a phrase
 * after it ("founded in 1987 at the onset of …") is the setting, not the object.
 */
function pastDate(tokens: Token[], from: number): number {
  let j = from;
  if (tokens[j]?.pos === 'ADP' && tokens[j + 1]?.pos === DATE_POS) j++;
  if (tokens[j]?.pos !== DATE_POS) return from;
  while (tokens[j]?.pos === DATE_POS) j++;
  return OBJECT_AFTER_DATE.has(tokens[j]?.pos ?? '') ? j : from;
}

/** `contentClause`: after a verb of saying, what was said runs on through its own verbs ("says the government will back it"). */
function continuesObject(tokens: Token[], j: number, contentClause: boolean): boolean {
  const token = tokens[j];
  if (contentClause && (token.pos === 'VERB' || token.pos === 'AUX' || (token.pos === 'SCONJ' && token.lemma === 'that'))) return true;
  // "an estimated 12,000 people": a participle between a determiner and its noun or number describes it.
  if (token.pos === 'VERB' && tokens[j - 1]?.pos === 'DET' && (tokens[j + 1]?.pos === 'NUM' || tokens[j + 1]?.pos === 'NOUN')) return true;
  // "began to extend its patronage": an infinitive completes the verb.
  if (token.pos === 'VERB' && tokens[j - 1]?.pos === 'PART' && tokens[j - 1].lemma === 'to') return true;
  if (token.pos === 'PRON' && FIRST.has(token.text.toLowerCase())) return false;
  // "spoke to X again just two months ago": adverbs of time and degree close a headline's object.
  if (token.pos === 'ADV') return false;
  if (token.pos === DATE_POS || token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'SCONJ') return false;
  if (token.pos === 'PUNCT' || token.pos === 'SYM') return INNER_MARKS.test(token.text);
  if (RELATIVE.has(token.text.toLowerCase()) && token.pos !== 'DET') return false;
  // "at 9:14 a.m.": a clock time is no part of the object.
  if (token.pos === 'ADP' && tokens[j + 1]?.pos === 'NUM' && token.lemma === 'at') return false;
  if (token.pos === 'CCONJ' && (tokens[j + 1]?.pos === 'VERB' || tokens[j + 1]?.pos === 'AUX')) return false;
  return true;
}

/** The noun phrase ending at token `end`, going back while words can belong to one phrase. */
function phraseEndingAt(tokens: Token[], end: number, clauseStart: number): Token[] {
  let j = end;
  while (j >= 0 && tokens[j].start >= clauseStart && inPhrase(tokens, j)) j--;
  return tokens.slice(j + 1, end + 1);
}

function inPhrase(tokens: Token[], j: number): boolean {
  const token = tokens[j];
  // "by-election", "co-founder": the words of a hyphenated word are one word, whatever their tags.
  if (isCompoundEnd(tokens, j + 1) || isCompoundEnd(tokens, j + 2)) return true;
  if (qualifiesNumber(tokens, j)) return true;
  if (NOUN_PHRASE.has(token.pos)) return !(token.pos === 'PRON' && RELATIVE.has(token.text.toLowerCase()));
  if (token.pos === 'ADP') return (JOINING.has(token.lemma) || describesNoun(tokens, j)) && j > 0 && NOUN_PHRASE.has(tokens[j - 1].pos);
  // "Border Guard and Acme officials": "and" between two capitalised words joins one subject.
  if (token.pos === 'CCONJ') return token.lemma === 'and' && /^\p{Lu}/u.test(tokens[j - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '');
  return token.pos === 'PUNCT' && INNER_MARKS.test(token.text);
}

/** "doctors in Shanghai", "a man in his 70s": "in" between a common noun and a name or a possessive describes the noun rather than set the scene. */
function describesNoun(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  return tokens[j].lemma === 'in' && tokens[j - 1]?.pos === 'NOUN' && (next?.pos === 'PROPN' || POSSESSIVE.has(next?.text.toLowerCase() ?? ''));
}

/** Whether token `j` is a word of "at least", "more than"… standing before a number. */
function qualifiesNumber(tokens: Token[], j: number): boolean {
  const written = tokens[j].text.toLowerCase();
  return QUALIFIERS.some((words) => words.some((word, k) => {
    const start = j - k;
    return word === written && words.every((w, n) => tokens[start + n]?.text.toLowerCase() === w) && tokens[start + words.length]?.pos === 'NUM';
  }));
}

/** Leading articles, connectors and evaluative words carry nothing in a headline. */
export function trimPhrase(phrase: Token[]): Token[] {
  let start = 0;
  const leading = (token: Token) => ((token.pos === 'DET' || token.pos === 'ADP' || token.pos === 'PART') && token.lemma !== 'no') || POSSESSIVE.has(token.text.toLowerCase());
  // "by-election": a word hyphenated to the next is no leading preposition.
  while (start < phrase.length && leading(phrase[start]) && !qualifiesNumber(phrase, start) && !isCompoundEnd(phrase, start + 2)) start++;
  return phrase.slice(start).filter((token) => !EVALUATIVE.has(token.text.toLowerCase()));
}

/** The comma before the one at `close` that an appositive sits between, passing over brackets; -1 if none in the clause. */
export function openingComma(tokens: Token[], close: number, clauseStart: number): number {
  let depth = 0;
  for (let k = close - 1; k >= 0 && tokens[k].start >= clauseStart; k--) {
    const text = tokens[k].text;
    if (text === ')') depth++;
    else if (text === '(') depth--;
    else if (depth === 0 && text === ',') return k;
  }
  return -1;
}

function skipComma(tokens: Token[], j: number): number {
  return tokens[j]?.text === ',' ? j - 1 : j;
}

/** The words of a phrase as the sentence writes them; where words were left out between, one space. */
export function phraseText(sentence: string, phrase: Token[]): string {
  return phrase.map((token, i) => {
    const gap = i === 0 ? '' : sentence.slice(phrase[i - 1].end, token.start);
    return (/^\s*$/u.test(gap) ? gap : ' ') + token.text;
  }).join('');
}
