// Three tagging errors the model makes in news English, repaired after it. Every clause has a finite
// verb, but the model sometimes reads a present-tense verb in a terse line as a plural noun ("12
// March: the council votes 31–4", "the machine stalls in rock"), and a past verb between a noun
// and its object as an adjective ("a walkout paralysed the ports"), giving it the adjective's lemma;
// and a place name as a verb ("doctors in Shanghai reported").

import { DOUBLING_VERBS, SILENT_E_STEM } from '../lexicon/en/verb-forms';
import type { TextAnalysis, Token } from './types';

const NOUN_HEAD = new Set(['NOUN', 'PROPN']);
/** After a verb: what follows a predicate (a number, a preposition, a determiner, an adverb, the end). */
const AFTER_VERB = new Set(['NUM', 'ADP', 'DET', 'ADV', 'PRON', 'ADJ', 'PUNCT', 'PART']);
/** What opens an object right after a verb: "paralysed the ports", "hit Lagos", "cut its staff". */
const OBJECT_OPENING = new Set(['DET', 'PROPN', 'PRON', 'NUM']);
const DOUBLING = new Set(DOUBLING_VERBS);
/** What stands before a name but never before a verb's finite form: a preposition, an article. */
const NAME_OPENERS = new Set(['ADP', 'DET']);

export function repairTags(analysis: TextAnalysis): TextAnalysis {
  const { tokens } = analysis;
  const verbless = !tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX');
  const present = verbless ? tokens.findIndex((token, j) => isPresentVerb(token) && NOUN_HEAD.has(tokens[j - 1]?.pos ?? '') && AFTER_VERB.has(tokens[j + 1]?.pos ?? 'PUNCT')) : -1;
  const isPast = (j: number) => isPastVerb(tokens[j]) && NOUN_HEAD.has(tokens[j - 1]?.pos ?? '') && OBJECT_OPENING.has(tokens[j + 1]?.pos ?? '');
  // "doctors in Shanghai reported": a capitalised word inside a sentence after a preposition or an article is a name.
  const isName = (j: number) => j > 0 && tokens[j].pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(tokens[j].text) && NAME_OPENERS.has(tokens[j - 1].pos);
  // Most sentences need no repair: they are returned as they are, with nothing copied.
  if (present < 0 && !tokens.some((_, j) => isPast(j) || isName(j))) return analysis;
  const repaired = tokens.map((token, j): Token => {
    if (j === present) return { ...token, pos: 'VERB' };
    if (isName(j)) return { ...token, pos: 'PROPN', lemma: token.text.toLowerCase() };
    return isPast(j) ? { ...token, pos: 'VERB', lemma: regularLemma(token.text) } : token;
  });
  return { ...analysis, tokens: repaired };
}

/** A lower-case word that is its lemma plus -s or -es: "votes" → "vote", "passes" → "pass"; not "deliveries". */
function isPresentVerb(token: Token): boolean {
  return token.pos === 'NOUN' && /^\p{Ll}+$/u.test(token.text) && (token.text === `${token.lemma}s` || token.text === `${token.lemma}es`);
}

function isPastVerb(token: Token): boolean {
  return token.pos === 'ADJ' && /^\p{Ll}+ed$/u.test(token.text);
}

/** "paralysed" → "paralyse", "halted" → "halt", "stopped" → "stop", "carried" → "carry": a regular past's lemma. */
export function regularLemma(past: string): string {
  const stem = past.toLowerCase().slice(0, -2);
  if (stem.endsWith('i')) return `${stem.slice(0, -1)}y`;
  if (stem.at(-1) === stem.at(-2) && DOUBLING.has(stem.slice(0, -1))) return stem.slice(0, -1);
  return SILENT_E_STEM.test(stem) ? `${stem}e` : stem;
}
