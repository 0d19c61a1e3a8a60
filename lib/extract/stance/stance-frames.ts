import { ADDRESSED_SAYING_VERBS, CLAUSE_OPENING_WORDS } from '../lexicon/en/participants';
import { AGENT_PREPOSITION, ATTRIBUTING_PREPOSITIONS, CONTENT_OPENERS, STANCE_MODIFIERS, STANCE_VERBS } from '../lexicon/en/stance';
import type { Token } from '../language';
import type { Stance } from '../types';
import { headOf, phraseEndingAt, phraseStartingAt, subjectEndingAt, type TokenRange } from './noun-phrase';

/** Character offsets in the sentence, `end` exclusive. */
export interface CharSpan {
  start: number;
  end: number;
}

/**
 * Words that present part of a sentence as someone's report, denial, allegation or confirmation.
 * A frame reaches either every happening inside `scope` (a reporting verb reports all it says) or
 * only a happening whose words hold one of `objects` (a denial is of its object, not of all its object mentions).
 */
export interface StanceFrame {
  stance: Exclude<Stance, 'stated'>;
  /** Who the sentence attributes it to (token range); null when the text names no one ("it was reported"). */
  claimant: TokenRange | null;
  /** The words that carry the stance ("have told", "according to"), as character offsets. */
  cue: CharSpan;
  reach: { scope: CharSpan[] } | { objects: number[] };
}

const ADDRESSED = new Set(ADDRESSED_SAYING_VERBS);
const CLAUSE_OPENERS = new Set(CLAUSE_OPENING_WORDS);
const SKIPPED_BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);
const isOpener = (token: Token | undefined) => token !== undefined && (CONTENT_OPENERS.has(token.lemma) || /^["“‘]$/u.test(token.text));
const endsContent = (token: Token | undefined) => token === undefined || (token.pos === 'PUNCT' && !/^["“‘]$/u.test(token.text));

/** Every stance frame of a sentence, read from its tokens. */
export function stanceFrames(sentence: string, tokens: Token[]): StanceFrame[] {
  const frames: StanceFrame[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const frame = attributingPreposition(sentence, tokens, i) ?? modifier(tokens, i) ?? verbFrame(sentence, tokens, i);
    if (frame) frames.push(frame);
  }
  return frames;
}

/**
 * "according to the ministry, …": the whole sentence but the frame is the ministry's report; with no
 * comma before it ("killing 40 according to the agency") only the words back to the last comma are.
 */
function attributingPreposition(sentence: string, tokens: Token[], i: number): StanceFrame | null {
  const match = ATTRIBUTING_PREPOSITIONS.find(({ words }) => words.every((word, k) => tokens[i + k]?.text.toLowerCase() === word));
  if (!match) return null;
  const claimant = phraseStartingAt(tokens, i + match.words.length);
  const end = claimant ? tokens[claimant.end - 1].end : tokens[i + match.words.length - 1].end;
  const cue = charSpan(tokens, i, i + match.words.length);
  if (i === 0 || tokens[i - 1].text === ',') return { stance: match.stance, claimant, cue, reach: { scope: outside(sentence, tokens[i].start, end) } };
  const comma = lastIndex(tokens, i, (token) => token.text === ',');
  return { stance: match.stance, claimant, cue, reach: { scope: [{ start: comma === null ? 0 : tokens[comma].end, end: tokens[i].start }] } };
}

/** "the alleged raid", "reportedly met": a stance set on one happening, no claimant named. */
function modifier(tokens: Token[], i: number): StanceFrame | null {
  const stance = STANCE_MODIFIERS[tokens[i].text.toLowerCase()];
  if (!stance) return null;
  const cue = charSpan(tokens, i, i + 1);
  if (tokens[i].pos === 'ADV') {
    const verb = nextIndex(tokens, i + 1, (token) => token.pos === 'VERB', (token) => token.pos === 'AUX' || token.pos === 'ADV');
    return verb === null ? null : { stance, claimant: null, cue, reach: { objects: [verb] } };
  }
  // "the confirmed strike", not "the army confirmed the strike" nor "the strike, confirmed by …": those are verbs.
  const previous = tokens[i - 1]?.pos;
  const predicate = previous === 'NOUN' || previous === 'PROPN' || previous === 'PRON' || tokens[i + 1]?.lemma === AGENT_PREPOSITION;
  const phrase = predicate ? null : phraseStartingAt(tokens, i + 1);
  return phrase ? { stance, claimant: null, cue, reach: { objects: [headOf(tokens, phrase)] } } : null;
}

function verbFrame(sentence: string, tokens: Token[], i: number): StanceFrame | null {
  const stance = STANCE_VERBS[verbLemma(tokens, i) ?? ''];
  if (!stance) return null;
  let first = i;
  while (first > 0 && SKIPPED_BEFORE_VERB.has(tokens[first - 1].pos)) first--;
  const auxiliary = tokens.slice(first, i).some((token) => token.pos === 'AUX' && (token.lemma === 'be' || token.lemma === 'get'));
  const agentAt = nextIndex(tokens, i + 1, (token) => token.lemma === AGENT_PREPOSITION, (token) => token.pos === 'ADV');
  const agent = agentAt === null ? null : phraseStartingAt(tokens, agentAt + 1);
  const cue = charSpan(tokens, first, i + 1);
  if (auxiliary || (agent && (tokens[i - 1]?.text === ',' || tokens[i - 1]?.lemma === 'as'))) return passiveFrame(sentence, tokens, i, stance, cue, first, agent);
  const adjacent = phraseEndingAt(tokens, first);
  // "…,” said the curator Vell, who …": the speaker follows the verb, what was said comes before it.
  const after = adjacent ? null : phraseStartingAt(tokens, i + 1);
  if (after && stance === 'reported' && tokens[first - 1]?.pos === 'PUNCT' && endsContent(tokens[after.end])) {
    return { stance, claimant: after, cue, reach: { scope: [{ start: 0, end: tokens[first].start }] } };
  }
  // "Vell, whose side had won, said …", "…, saying that …": the sentence's subject speaks.
  const subject = adjacent ?? sentenceSubject(tokens, first);
  let content = i + 1;
  if (ADDRESSED.has(tokens[i].lemma)) content = phraseStartingAt(tokens, content)?.end ?? content;
  const opened = isOpener(tokens[content]);
  if (opened) content++;
  if (!endsContent(tokens[content]) && content < tokens.length) {
    const scope = [{ start: tokens[content].start, end: sentence.length }];
    return { stance, claimant: subject, cue, reach: stance === 'reported' ? { scope } : { objects: objectsOf(tokens, content, opened) } };
  }
  if (stance !== 'reported') return null;
  // Nothing follows the verb: it reports the words around it.
  if (!subject) return null;
  const from = tokens[subject.start].start;
  // "…, officials said.": the sentence before it.
  if (tokens.slice(i + 1).every((token) => token.pos === 'PUNCT')) return { stance, claimant: subject, cue, reach: { scope: [{ start: 0, end: from }] } };
  // "whose works, she later said, had …": the clause it interrupts.
  const opener = lastIndex(tokens, subject.start, (token) => CLAUSE_OPENERS.has(token.lemma));
  const clauseStart = opener === null ? 0 : tokens[opener].start;
  return { stance, claimant: subject, cue, reach: { scope: [{ start: clauseStart, end: from }, { start: tokens[i].end, end: sentence.length }] } };
}

/** The token's lemma if it is a verb; the model tags "alleged" in "the union alleged that …" an adjective. */
function verbLemma(tokens: Token[], i: number): string | null {
  const token = tokens[i];
  if (token.pos === 'VERB') return token.lemma;
  const pastBeforeClause = token.pos === 'ADJ' && /^\p{Ll}+ed$/u.test(token.text) && isOpener(tokens[i + 1]) && phraseEndingAt(tokens, i) !== null;
  // "alleged" → "allege", "confirmed" → "confirm": the stance verb it is the past of, if any.
  return pastBeforeClause ? ([token.text.slice(0, -1), token.text.slice(0, -2)].find((stem) => stem in STANCE_VERBS) ?? null) : null;
}

/**
 * "The raid was confirmed by the army", "the raid, confirmed by the army,", "as reported by Acme",
 * "it was reported that …": the claimant is the agent, if named.
 */
function passiveFrame(sentence: string, tokens: Token[], i: number, stance: StanceFrame['stance'], cue: CharSpan, first: number, agent: TokenRange | null): StanceFrame | null {
  const before = tokens[first - 1];
  if (before?.lemma === 'as') return { stance, claimant: agent, cue, reach: { scope: outside(sentence, before.start, agent ? tokens[agent.end - 1].end : tokens[i].end) } };
  if (before?.lemma === 'it') {
    const opener = nextIndex(tokens, i + 1, isOpener, () => true);
    const content = opener === null ? i + 1 : opener + 1;
    if (content >= tokens.length) return null;
    return { stance, claimant: agent, cue, reach: stance === 'reported' ? { scope: [{ start: tokens[content].start, end: sentence.length }] } : { objects: objectsOf(tokens, content, true) } };
  }
  // The noun the verb presents: its subject, or the noun a relative "which"/a comma hangs it on.
  let end = first;
  if (tokens[end - 1]?.pos === 'PRON' && tokens[end - 1].lemma !== 'it') end--;
  if (tokens[end - 1]?.text === ',') end--;
  const subject = subjectEndingAt(tokens, end);
  return subject ? { stance, claimant: agent, cue, reach: { objects: [headOf(tokens, subject)] } } : null;
}

/**
 * What a denial, allegation or confirmation is of: the noun its object names, or for a clause
 * ("denied that the strike hit the port") its main verb and the noun its subject names.
 */
function objectsOf(tokens: Token[], content: number, clause: boolean): number[] {
  const phrase = phraseStartingAt(tokens, content);
  const after = phrase ? phrase.end : content;
  if (phrase && !clause && tokens[after]?.pos !== 'VERB' && tokens[after]?.pos !== 'AUX') return [headOf(tokens, phrase)];
  const predicate = nextIndex(tokens, after, (token) => token.pos === 'VERB', () => true);
  return [...(phrase ? [headOf(tokens, phrase)] : []), ...(predicate === null ? [] : [predicate])];
}

/** The first noun phrase not governed by a preposition: who a verb away from its subject speaks for. */
function sentenceSubject(tokens: Token[], before: number): TokenRange | null {
  for (let j = 0; j < before; j++) {
    const phrase = tokens[j - 1]?.pos === 'ADP' ? null : phraseStartingAt(tokens, j);
    if (phrase && phrase.end <= before) return phrase;
  }
  return null;
}

function lastIndex(tokens: Token[], before: number, wanted: (token: Token) => boolean): number | null {
  for (let i = before - 1; i >= 0; i--) if (wanted(tokens[i])) return i;
  return null;
}

function nextIndex(tokens: Token[], from: number, wanted: (token: Token) => boolean, passable: (token: Token) => boolean): number | null {
  for (let i = from; i < tokens.length; i++) {
    if (wanted(tokens[i])) return i;
    if (!passable(tokens[i])) return null;
  }
  return null;
}

function charSpan(tokens: Token[], start: number, end: number): CharSpan {
  return { start: tokens[start].start, end: tokens[end - 1].end };
}

/** The sentence but the frame's own words. */
function outside(sentence: string, start: number, end: number): CharSpan[] {
  return [{ start: 0, end: start }, { start: end, end: sentence.length }];
}
