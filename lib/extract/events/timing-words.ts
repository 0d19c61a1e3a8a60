import type { Token } from '../language';
import { POSSESSIVE_PRONOUNS } from '../lexicon/en/participants';
import { DATE_POS } from './date-tokens';
import { TIMING_BEFORE } from './happening-patterns';
import type { Happening } from './types';

/** Words of the noun phrase before a happening noun ("the Second Vell War"). */
const NOUN_PHRASE = new Set<string>(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** Enough tokens before the noun phrase for the longest timing phrase ("in the run - up to"). */
const TIMING_TOKENS = 7;

export interface TimingOptions {
  /**
   * Whether a date inside the noun phrase ("since the May 3 strike") still lets it be a time. Citation
   * roles read it so. Participants do not: there the clause's actors stand for a dated noun the
   * grammar finds none for, which is how the corpus's dated happenings keep their participants.
   */
  throughDates: boolean;
}

/**
 * Where the words begin that make a happening noun only the time of another clause ("Since the
 * Second Vell War, Acme has …", "on the eve of its strike"), or null when the noun is no such time.
 * The clause it times is about something else: its actors took no part in the happening, and a
 * passage that names the happening only so mentions it rather than reports it.
 */
export function timingWordsStart(tokens: Token[], happening: Happening, { throughDates }: TimingOptions): number | null {
  if (happening.kind !== 'noun') return null;
  const inPhrase = (token: Token) => NOUN_PHRASE.has(token.pos) || isPossessive(token) || (throughDates && token.pos === DATE_POS);
  let at = tokens.findIndex((token) => token.start === happening.index) - 1;
  while (at >= 0 && inPhrase(tokens[at])) at--;
  if (at < 0) return null;
  const match = TIMING_BEFORE.exec(`${textAtOffsets(tokens.slice(Math.max(0, at + 1 - TIMING_TOKENS), at + 1))} `);
  return match ? match.index : null;
}

function isPossessive(token: Token): boolean {
  return token.pos === 'PRON' && Object.hasOwn(POSSESSIVE_PRONOUNS, token.text.toLowerCase());
}

/** The tokens' text, each at its offset in the sentence ("run-up" stays one word), spaces elsewhere. */
function textAtOffsets(tokens: Token[]): string {
  let text = '';
  for (const token of tokens) text = text.padEnd(token.start, ' ') + token.text;
  return text;
}
