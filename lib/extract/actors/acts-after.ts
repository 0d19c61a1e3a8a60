import type { DiscoveryWords } from './discovery-words';
import type { Token } from './tokenize';
import { MAX_VERB_LEAD_INS } from '../lexicon/en/actor-words';

/**
 * The verb that makes the name ending before `end` its subject ("Apple announced", "Apple has also
 * claimed", "Cisco to file"), or null.
 */
export function actsAfter(tokens: readonly Token[], end: number, words: DiscoveryWords): string | null {
  if (tokens[end - 1]?.possessive) return null;
  for (let at = end; at <= end + MAX_VERB_LEAD_INS && tokens[at]?.joined && !tokens[at].capitalized; at++) {
    if (words.agentVerbs.has(tokens[at].key)) return tokens[at].raw;
    if (!words.leadIns.has(tokens[at].key)) return null;
  }
  return null;
}
