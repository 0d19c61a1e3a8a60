// Every clause has a finite verb, but the tagger sometimes reads a present-tense verb in a terse
// line as a plural noun ("12 March: the council votes 31–4", "the machine stalls in rock"). When a
// text has no verb or auxiliary at all, the -s word right after its subject's noun is the verb.

import type { TextAnalysis, Token } from './types';

const SUBJECT_HEAD = new Set(['NOUN', 'PROPN']);
/** After the verb: what follows a predicate (a number, a preposition, a determiner, an adverb, the end). */
const AFTER_VERB = new Set(['NUM', 'ADP', 'DET', 'ADV', 'PRON', 'ADJ', 'PUNCT', 'PART']);

export function repairVerbless(analysis: TextAnalysis): TextAnalysis {
  const { tokens } = analysis;
  if (tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX')) return analysis;
  const i = tokens.findIndex((token, j) => isThirdPersonVerb(token) && SUBJECT_HEAD.has(tokens[j - 1]?.pos ?? '') && AFTER_VERB.has(tokens[j + 1]?.pos ?? 'PUNCT'));
  if (i < 0) return analysis;
  const repaired: Token[] = tokens.map((token, j) => (j === i ? { ...token, pos: 'VERB' } : token));
  return { ...analysis, tokens: repaired };
}

/** A lower-case word that is its lemma plus -s or -es: "votes" → "vote", "passes" → "pass"; not "deliveries". */
function isThirdPersonVerb(token: Token): boolean {
  return token.pos === 'NOUN' && /^\p{Ll}+$/u.test(token.text) && (token.text === `${token.lemma}s` || token.text === `${token.lemma}es`);
}
