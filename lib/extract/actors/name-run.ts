import type { DiscoveryWords } from './discovery-words';
import type { Token } from './tokenize';

/**
 * The end (token index) of the capitalised words starting at `at` that may form one name: joined by
 * spaces or hyphens only, stopped by a possessive ("Apple’s"), carried over a name particle ("Omar
 * al-Rashid") and, after an organisation word or a title, over "of" or "for" ("Ministry of Defence",
 * "Secretary of State"), and then over "and" ("Ministry of Labour and Employment").
 */
export function nameRunEnd(tokens: readonly Token[], at: number, words: DiscoveryWords): number {
  let end = at + 1;
  /** Whether the run went over an organisation's "of" ("Ministry of Labour"), after which "and" joins its portfolio ("… and Employment"). */
  let portfolio = false;
  while (end < tokens.length && !tokens[end - 1].possessive && tokens[end].joined) {
    if (tokens[end].capitalized) {
      end++;
      continue;
    }
    let next = end;
    while (next < tokens.length && tokens[next].joined && words.particles.has(tokens[next].key)) next++;
    const head = words.organizationTypes.has(tokens[end - 1].key) || words.titleEnds.has(tokens[end - 1].key);
    if (next === end && words.connectors.has(tokens[end].key) && head) {
      next++;
      portfolio ||= words.organizationTypes.has(tokens[end - 1].key);
    } else if (next === end && portfolio && words.portfolioJoiners.has(tokens[end].key) && !tokens[end + 1]?.possessive) next++;
    if (next === end || !tokens[next]?.joined || !tokens[next].capitalized) break;
    end = next + 1;
  }
  return end;
}
