import { analyseText, type TextAnalysis, type Token } from '../language';
import {
  BECOMING_VERBS, COPULAS, GRADUAL_VERBS, HABITUAL_ADVERBS, LIGHT_VERBS, NAME_ORDINALS, MODAL_AUXILIARIES, NEGATIONS, PHRASAL_PARTICLES, STATE_NOUNS, TEMPORAL_PREPOSITIONS, TREND_VERBS,
} from '../lexicon/en/happenings';
import { DATE_POS, markDates } from './date-tokens';
import { happeningKind, isEventNoun, isHappeningVerb } from './happening-kind';
import { BEGINNING_AFTER_NOUN, CHAIN_GAP, OPENING_NOUN, PURPOSE_BEFORE, TREND_AFTER, TREND_BEFORE } from './happening-patterns';
import type { Happening } from './types';
import { isCompoundEnd } from './compound-word';

interface Span {
  index: number;
  end: number;
}

const PARTICLE = new Set(PHRASAL_PARTICLES);
const LIGHT_VERB = new Set(LIGHT_VERBS);
const STATE_NOUN = new Set(STATE_NOUNS);
const TREND_VERB = new Set(TREND_VERBS);
const NEGATION = new Set(NEGATIONS);
const GRADUAL = new Set(GRADUAL_VERBS);
const HABITUAL = new Set(HABITUAL_ADVERBS);
const NAME_ORDINAL = new Set(NAME_ORDINALS);
const BECOMING = new Set(BECOMING_VERBS);
const TEMPORAL = new Set(TEMPORAL_PREPOSITIONS);
/** How many words may stand between a verb and a noun of its object or complement ("were killed and 40 wounded in strikes"). */
const GOVERNING_REACH = 10;
/** What starts a verb's object: a gradual verb followed by one acts on something, and that is a happening. */
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);
const MODAL = new Set(MODAL_AUXILIARIES);
const COPULA = new Set(COPULAS);
/** Words that may stand in a verb's auxiliary chain ("could not have", "was only"). */
const CHAIN = new Set(['AUX', 'PART', 'ADV']);
/** How many words may stand between a light verb and its event-noun object ("launched a large-scale ground attack"). */
const LIGHT_VERB_REACH = 4;
/** Words that may stand between a light verb and its object: determiners, modifiers, numbers, possessives. */
const OBJECT_FILLER = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'NOUN', 'PROPN', 'PART', 'SYM']);
const QUOTE_MARK = /^["“”‘’']$/u;
/** After a particle, these show it opens a prepositional phrase rather than ending a phrasal verb ("jumped over the fence"). */
/** Words between a determiner and its noun: "the Russian cross-border offensive", "the May 10 offensive". */
const MODIFIER = new Set(['ADJ', 'PROPN', 'NUM', 'NOUN', 'DATE']);
const NOMINAL_NEXT = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADJ', 'DATE']);
const DATE = DATE_POS;

/**
 * Happenings of a sentence in reading order, read from its grammar: every predicate verb in any tense
 * or voice (with its particle: "took over", "stepped down"), except verbs of state and belief, and
 * every event noun ("the launch", "the acquisition"). A light verb and its event-noun object are one
 * happening ("held talks"), as is a noun chained to another ("outbreak of the civil war"); state
 * nouns ("control") are kept for "since" dates, which make their start a happening.
 */
export function findHappenings(sentence: string, analysis: TextAnalysis = analyseText(sentence), dates: Span[] = []): Happening[] {
  // Words of a date ("March", "Friday") are never its happening, and end a light verb's object.
  const tokens = markDates(analysis.tokens, dates);
  const words: Happening[] = [];
  const states: Happening[] = [];
  const happeningVerbs = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.pos === DATE) continue;
    if (isPredicateVerb(tokens, i)) {
      if ((isHappeningVerb(token.lemma) || becomesSomeone(tokens, i)) && !isAttributive(tokens, i) && !isDeniedOrPossible(tokens, i) && !isTrendPredicate(tokens, i)) {
        words.push(verbHappening(tokens, i));
        happeningVerbs.add(i);
      }
    } else if (isEventNounHead(tokens, i)) {
      const noun = nounHappening(token, lightVerbBefore(tokens, i));
      words.push(noun.kind === 'noun' && isGoverned(tokens, i, happeningVerbs) ? { ...noun, governed: true } : noun);
    }
    else if (token.pos === 'NOUN' && STATE_NOUN.has(token.lemma)) states.push({ index: token.start, end: token.end, text: token.text, family: 'takeover', kind: 'state' });
  }
  const happenings = dropPurposes(dropBeginningsOfNouns(joinChains(joinLightVerbs(words), sentence), sentence), sentence)
    .filter((h) => !isTrend(h, sentence));
  return [...happenings, ...states].sort((a, b) => a.index - b.index);
}

/**
 * A verb, or a word the model tagged otherwise right after an auxiliary of tense ("will open", which
 * it reads as an adjective); after "be" or "have" such a word is a predicate adjective ("is open").
 */
function isPredicateVerb(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  // "the Hamburg-based company": a participle hyphenated to the word before is part of an adjective.
  if (token.pos === 'VERB') return !isInsideName(tokens, i) && !isCompoundEnd(tokens, i);
  const before = tokens[i - 1];
  return (token.pos === 'ADJ' || token.pos === 'NOUN') && before?.pos === 'AUX' && !COPULA.has(before.lemma) && !MODAL.has(before.lemma) && /^\p{Ll}/u.test(token.text);
}

/** "became president", "became the first woman": becoming a noun phrase is a change that happens; "became clear" is not. */
function becomesSomeone(tokens: Token[], i: number): boolean {
  return BECOMING.has(tokens[i].lemma) && OBJECT_START.has(tokens[i + 1]?.pos ?? 'PUNCT') && tokens[i + 1].pos !== 'PRON';
}

/** "the bond evolved", "ties deteriorated": a verb of gradual change with no object names a trend. */
function isTrendPredicate(tokens: Token[], i: number): boolean {
  return GRADUAL.has(tokens[i].lemma) && !OBJECT_START.has(tokens[i + 1]?.pos ?? 'PUNCT');
}

/** "Relief and Works Agency": a capitalised word within a run of capitalised words, past the sentence's first, is part of a name. */
function isInsideName(tokens: Token[], i: number): boolean {
  const capitalised = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.text);
  return i > 0 && capitalised(tokens[i]) && (capitalised(tokens[i + 1]) || (capitalised(tokens[i - 1]) && i > 1));
}

/** Offsets of the verbs a negation, a modal or a habit makes no happening ("would raise", "did not attend"). */
export function unrealisedVerbs(tokens: Token[]): number[] {
  return tokens.flatMap((token, i) => (token.pos === 'VERB' && isDeniedOrPossible(tokens, i) ? [token.start] : []));
}

/** "did not give", "could only be achieved", "usually begins": the chain before the verb (or the word governing its infinitive) denies it, makes it a possibility or a habit. */
function isDeniedOrPossible(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && CHAIN.has(tokens[j].pos); j--) {
    const word = tokens[j].text.toLowerCase();
    if (NEGATION.has(tokens[j].lemma) || NEGATION.has(word) || MODAL.has(tokens[j].lemma) || HABITUAL.has(word)) return true;
  }
  // "did not plan to remove", "weren't able to reach": an infinitive shares what denies the word governing it.
  const to = tokens[i - 1];
  const governing = tokens[i - 2];
  return to?.pos === 'PART' && to.lemma === 'to' && (governing?.pos === 'VERB' || governing?.pos === 'ADJ') && isDeniedOrPossible(tokens, i - 2);
}

/** An event noun, or the last word of a name ending in one ("the First Intifada"), not a word inside a name ("Resistance Movement"). */
function isEventNounHead(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (token.pos === 'PROPN' && tokens[i + 1]?.pos === 'PROPN') return false;
  if (isNumberedName(tokens, i)) return true;
  // "water purification units", "election posters": a noun modifying the noun after it is no happening of its own.
  if (token.pos === 'NOUN' && tokens[i + 1]?.pos === 'NOUN') return false;
  return (token.pos === 'NOUN' || token.pos === 'PROPN' || isNominalAdjective(tokens, i)) && isEventNoun(token.lemma);
}

/** "the First Intifada", "the Second Crusade": a name numbered by an ordinal names a happening in a series. */
function isNumberedName(tokens: Token[], i: number): boolean {
  const capitalised = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.text);
  if (!capitalised(tokens[i]) || capitalised(tokens[i + 1])) return false;
  let j = i - 1;
  while (j > 0 && capitalised(tokens[j]) && !NAME_ORDINAL.has(tokens[j].text.toLowerCase())) j--;
  return j < i && j >= 0 && NAME_ORDINAL.has(tokens[j].text.toLowerCase()) && capitalised(tokens[j]) && tokens[j - 1]?.lemma === 'the';
}

/** "their offensive", "the final": a word the model tags as an adjective that ends its noun phrase is the noun. */
function isNominalAdjective(tokens: Token[], i: number): boolean {
  const after = tokens[i + 1]?.pos ?? 'PUNCT';
  if (tokens[i].pos !== 'ADJ' || after === 'NOUN' || after === 'PROPN' || after === 'ADJ') return false;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    if (tokens[j].pos === 'DET' || tokens[j].pos === 'PRON') return true;
    if (!MODIFIER.has(tokens[j].pos)) return false;
  }
  return false;
}

/** "the rebuilt bridge", "a planned merger": a participle between a determiner and its noun describes the noun. */
function isAttributive(tokens: Token[], i: number): boolean {
  // "the newly elected mayor", "the storm's first confirmed death": adverbs between change nothing.
  let j = i - 1;
  while (tokens[j]?.pos === 'ADV' && j > 0) j--;
  if (j < i - 1 && tokens[i + 1]?.pos === 'NOUN' && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ' || isPossessiveMark(tokens[j]))) return true;
  // "the company's planned merger".
  if (isPossessiveMark(tokens[i - 1]) && tokens[i + 1]?.pos === 'NOUN') return true;
  const before = tokens[i - 1]?.pos;
  // "an estimated 12,000 people": after a determiner, a participle before a number qualifies it.
  if (before === 'DET' && tokens[i + 1]?.pos === 'NUM') return true;
  if (tokens[i + 1]?.pos !== 'NOUN') return false;
  // "searching collapsed buildings", "through damaged streets": a participle opening an object or a prepositional phrase.
  return before === 'DET' || before === 'ADJ' || ((before === 'VERB' || before === 'ADP') && /ed$/u.test(tokens[i].text));
}

function isPossessiveMark(token: Token | undefined): boolean {
  return token?.pos === 'PART' && /^['’]s$/u.test(token.text);
}

function verbHappening(tokens: Token[], i: number): Happening {
  const verb = tokens[i];
  const particle = tokens[i + 1];
  const phrase = particle ? `${verb.lemma} ${particle.text.toLowerCase()}` : '';
  const phrasal = particle && particle.start === verb.end + 1 && PARTICLE.has(particle.text.toLowerCase())
    && (happeningKind(phrase) !== phrase || !NOMINAL_NEXT.has(tokens[i + 2]?.pos ?? 'PUNCT'));
  const end = phrasal ? particle.end : verb.end;
  const lemma = phrasal ? phrase : verb.lemma;
  const happening: Happening = { index: verb.start, end, text: phrasal ? `${verb.text} ${particle.text}` : verb.text, family: happeningKind(lemma), kind: 'verb', verb: { text: verb.text, lemma: verb.lemma } };
  return isNonfinite(tokens, i) ? { ...happening, nonfinite: true } : happening;
}

/** "of liberating", "to fire", "leading to": an infinitive, or a gerund or participle with no auxiliary before it. */
function isNonfinite(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before?.pos === 'ADP' || before?.pos === 'SCONJ' || (before?.pos === 'PART' && before.lemma === 'to')) return true;
  return /ing$/iu.test(tokens[i].text) && before?.pos !== 'AUX';
}

/**
 * Whether the noun at `i` stands in the object or complement of a happening verb before it: only
 * noun-phrase words and one preposition between, not a temporal one ("rose after the outbreak").
 */
function isGoverned(tokens: Token[], i: number, happeningVerbs: Set<number>): boolean {
  let prepositions = 0;
  for (let j = i - 1; j >= 0 && j >= i - 1 - GOVERNING_REACH; j--) {
    // "won the by-election": the word hyphenated to the next is part of it.
    if (isCompoundEnd(tokens, j + 1)) {
      j--;
      continue;
    }
    const token = tokens[j];
    // "blamed “years of indecision”": quotation marks inside an object change nothing.
    if (QUOTE_MARK.test(token.text)) continue;
    if (token.pos === 'VERB') return happeningVerbs.has(j);
    if (token.pos === 'ADP') {
      if (TEMPORAL.has(token.lemma) || ++prepositions > 1) return false;
    } else if (!OBJECT_FILLER.has(token.pos) && token.pos !== 'CCONJ') return false;
  }
  return false;
}

/** The light verb governing the event noun at `i` ("held talks", "carried out a raid"), if any. */
function lightVerbBefore(tokens: Token[], i: number): Token | null {
  for (let j = i - 1; j >= 0 && j >= i - 1 - LIGHT_VERB_REACH; j--) {
    const token = tokens[j];
    if (token.pos === 'VERB') return LIGHT_VERB.has(token.lemma) ? token : null;
    if (!OBJECT_FILLER.has(token.pos) && !(token.pos === 'ADP' && PARTICLE.has(token.text.toLowerCase()))) return null;
  }
  return null;
}

function nounHappening(noun: Token, lightVerb: Token | null): Happening {
  const family = happeningKind(noun.lemma);
  if (!lightVerb) return { index: noun.start, end: noun.end, text: noun.text, family, kind: 'noun' };
  return { index: lightVerb.start, end: noun.end, text: noun.text, family, kind: 'verb', verb: { text: lightVerb.text, lemma: lightVerb.lemma } };
}

/** The light verb of a noun was also read as a happening of its own: the noun names the happening. */
function joinLightVerbs(words: Happening[]): Happening[] {
  const joined: Happening[] = [];
  for (const word of words) {
    while (word.verb && word.kind === 'verb' && joined.length && joined.at(-1)!.index >= word.index) joined.pop();
    joined.push(word);
  }
  return joined;
}

function joinChains(words: Happening[], sentence: string): Happening[] {
  const joined: Happening[] = [];
  for (const word of words) {
    const previous = joined.at(-1);
    const chained = previous?.kind === 'noun' && word.kind === 'noun' && CHAIN_GAP.test(sentence.slice(previous.end, word.index));
    if (!previous || !chained) {
      joined.push(word);
      continue;
    }
    const family = OPENING_NOUN.test(previous.text) ? word.family : previous.family;
    joined[joined.length - 1] = { ...previous, end: word.end, family };
  }
  return joined;
}

/** "the civil war, which began in 2011": the war is the happening the date times, not its beginning. */
function dropBeginningsOfNouns(words: Happening[], sentence: string): Happening[] {
  return words.filter((word, i) => {
    const previous = words[i - 1];
    const opensNoun = word.family === 'beginning' && word.kind === 'verb' && previous?.kind === 'noun';
    return !(opensNoun && BEGINNING_AFTER_NOUN.test(sentence.slice(previous.end, word.index)));
  });
}

/**
 * "the visits by X in a city for meetings with Y": the meetings are what the visits were for, one
 * happening with them, when an earlier happening of the same family is what they serve.
 */
function dropPurposes(words: Happening[], sentence: string): Happening[] {
  return words.filter((word, i) => {
    const purpose = word.kind === 'noun' && PURPOSE_BEFORE.test(sentence.slice(Math.max(0, word.index - 30), word.index));
    return !(purpose && words.slice(0, i).some((earlier) => earlier.family === word.family));
  });
}

/** "began to develop": a beginning that only opens a trend, and the trend it opens. */
function isTrend(happening: Happening, sentence: string): boolean {
  if (happening.kind !== 'verb') return false;
  if (happening.family === 'beginning' && TREND_AFTER.test(sentence.slice(happening.end))) return true;
  return TREND_VERB.has(happening.verb?.lemma ?? '') && TREND_BEFORE.test(sentence.slice(Math.max(0, happening.index - 20), happening.index));
}
