import type { ActorIndex, ReferenceNoun } from './actor-index';
import type { Token } from './tokenize';

/** The reference noun an actor directly modifies ("an Acme delegation"), if it is one set only that way. */
export function explicitNounAfter(index: ActorIndex, tokens: readonly Token[], at: number): ReferenceNoun | null {
  if (!tokens[at]?.joined || tokens[at - 1].possessive) return null;
  const noun = index.referenceNouns.longest(tokens, at)?.values[0];
  return noun?.source === 'explicit' ? noun : null;
}
