import type { ArticleActors } from './article-actors';
import type { Candidate } from './candidate';
import type { DiscoveryWords } from './discovery-words';
import type { Token } from './tokenize';
import { DEFINITE_ARTICLE, MAX_REFERENCE_MODIFIERS } from './words';

/**
 * "the airline", "the company": the one organisation of a fitting type named earlier in the article;
 * nothing when none or several were. So is a capitalised type word standing alone as a short name:
 * "the Front" after "the Civic Front", "Parliament" after "the Storting" (not as a sentence's first word,
 * whose capital says nothing).
 */
export function matchDescription(actors: ArticleActors, words: DiscoveryWords, tokens: readonly Token[], at: number): Candidate | null {
  if (tokens[at].key !== DEFINITE_ARTICLE) return at > 0 ? shortName(actors, words, tokens, at, at) : null;
  if (tokens[at + 1]?.capitalized && tokens[at + 1].joined) return shortName(actors, words, tokens, at, at + 1);
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

/** A capitalised type word at `word`, no part of a longer name: the one organisation of that type named earlier. */
function shortName(actors: ArticleActors, words: DiscoveryWords, tokens: readonly Token[], start: number, word: number): Candidate | null {
  const token = tokens[word];
  const before = tokens[word - 1];
  const after = tokens[word + 1];
  if (!token.capitalized || (after?.capitalized && after.joined) || (word === start && before?.capitalized && token.joined)) return null;
  const type = words.organizationTypes.get(token.key);
  const types = words.descriptionNouns.get(token.key) ?? (type ? [type] : null);
  const actor = types ? actors.soleOfTypes(types) : null;
  return actor ? { start, end: word + 1, slug: actor.entry.slug, rule: 'reference', introduces: null } : null;
}
