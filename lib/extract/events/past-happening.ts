import type { Token } from '../language';
import type { Happening } from './types';

/** Whether a verb happening is told in the past ("met", "has met", "was met"), not a pluperfect, a present or a future. */
export function isPastHappening(tokens: Token[], happening: Happening): boolean {
  const at = tokens.findIndex((token) => token.start === happening.index);
  const verb = tokens[at];
  for (let j = at - 1; j >= 0 && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV' || tokens[j].pos === 'PART'); j--) {
    const auxiliary = tokens[j].text.toLowerCase();
    if (auxiliary === 'had' || auxiliary === "'d" || auxiliary === 'will') return false;
    if (auxiliary === 'has' || auxiliary === 'have' || auxiliary === 'was' || auxiliary === 'were') return true;
  }
  const written = verb.text.toLowerCase();
  return written !== verb.lemma && written !== `${verb.lemma}s` && written !== `${verb.lemma}es` && !written.endsWith('ing');
}
