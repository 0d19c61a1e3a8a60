import type { ArticleActors } from './article-actors';
import type { Candidate } from './candidate';
import type { DiscoveryWords } from './discovery-words';
import type { Token } from './tokenize';
import { DEFINITE_ARTICLE, MAX_REFERENCE_MODIFIERS } from './words';

/**
 * "the airline", "the company": the one organisation of a fitting type named earlier in the article;
 * nothing when none or several were.
 */
export function matchDescription(actors: ArticleActors, words: DiscoveryWords, tokens: readonly Token[], at: number): Candidate | null {
  if (tokens[at].key !== DEFINITE_ARTICLE) return null;
  for (let word = at + 1; word <= at + 1 + MAX_REFERENCE_MODIFIERS && tokens[word]?.joined; word++) {
    if (tokens[word].capitalized || tokens[word - 1].possessive) return null;
    const types = words.descriptionNouns.get(tokens[word].key);
    if (types) {
      const actor = actors.soleOfTypes(types);
      return actor ? { start: at, end: word + 1, slug: actor.entry.slug, rule: 'reference', introduces: null } : null;
    }
  }
  return null;
}
