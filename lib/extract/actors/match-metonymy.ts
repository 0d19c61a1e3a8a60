import type { ActorIndex } from './actor-index';
import type { Candidate } from './candidate';
import type { Token } from './tokenize';
import { PLACE_WORDS } from './words';

const PLACE_WORD_SET = new Set(PLACE_WORDS);

/**
 * A capital standing for its government ("Paris did not give an explicit order", "Paris’s role").
 * Not after a place word ("in Paris", "from Paris to Lyon") and not inside a longer name
 * ("Paris Peace Forum").
 */
export function matchMetonymy(index: ActorIndex, tokens: readonly Token[], at: number): Candidate | null {
  const capital = index.capitals.longest(tokens, at);
  if (!capital) return null;
  const before = tokens[at - 1];
  if (before && tokens[at].joined && PLACE_WORD_SET.has(before.key)) return null;
  const after = tokens[capital.end];
  if (after?.joined && after.capitalized && !tokens[capital.end - 1].possessive) return null;
  return { start: at, end: capital.end, slug: capital.values[0], rule: 'metonymy', introduces: null };
}
