import type { ActorIndex } from './actor-index';
import type { Candidate } from './candidate';
import type { DiscourseMemory } from './discourse-memory';
import { resolveRole } from './resolve-role';
import type { DateSpan } from './tenure-overlaps';
import type { Token } from './tokenize';
import { DEFINITE_ARTICLE, MAX_REFERENCE_MODIFIERS, TITLE_LINK } from './words';

/**
 * Phrases opened by "the" that name an actor without its name: "the Ruritanians", "the Prime Minister",
 * "the commander of the Border Guard", and references back such as "the delegation".
 */
export function matchDefinitePhrase(
  index: ActorIndex,
  tokens: readonly Token[],
  at: number,
  date: DateSpan | null,
  memory: DiscourseMemory,
): Candidate | null {
  const next = at + 1;
  if (tokens[at].key !== DEFINITE_ARTICLE || !tokens[next]?.joined) return null;

  const plural = index.pluralDemonyms.longest(tokens, next);
  if (plural) return { start: at, end: plural.end, slug: plural.values[0], rule: 'reference', introduces: null };

  const title = index.titles.longest(tokens, next);
  if (title) {
    const owner = titleOwner(index, tokens, title.end);
    const holders = owner ? title.values.filter((entry) => entry.role.of === owner.slug) : [];
    if (owner && holders.length > 0) {
      const holder = resolveRole(holders, owner.slug, date);
      return { start: at, end: owner.end, slug: holder, rule: 'role', introduces: null, ...(holder === owner.slug ? {} : { owner: owner.slug }) };
    }
    // A capitalised title with a single owner is that office ("the Prime Minister"); a lower-case one may be anyone's.
    const owners = new Set(title.values.map((entry) => entry.role.of));
    const capitalized = tokens.slice(next, title.end).every((token) => token.capitalized);
    if (capitalized && owners.size === 1) {
      const [of] = owners;
      return { start: at, end: title.end, slug: resolveRole(title.values, of, date), rule: 'role', introduces: null };
    }
  }

  for (let word = next; word <= next + MAX_REFERENCE_MODIFIERS && tokens[word]?.joined; word++) {
    const noun = index.referenceNouns.longest(tokens, word);
    if (noun) {
      const { noun: key, source } = noun.values[0];
      const slug = memory.recall(source === 'explicit' ? { noun: key } : { kind: source });
      return slug ? { start: at, end: noun.end, slug, rule: 'reference', introduces: null } : null;
    }
    // Only plain lower-case words may qualify the noun; a name would make it a new actor ("the Acme delegation").
    if (tokens[word].capitalized || tokens[word].possessive) return null;
  }
  return null;
}

/** "… of [the] Border Guard" after a title: the actor the title belongs to. */
function titleOwner(index: ActorIndex, tokens: readonly Token[], at: number): { slug: string; end: number } | null {
  if (tokens[at]?.key !== TITLE_LINK || !tokens[at].joined || !tokens[at + 1]?.joined) return null;
  const start = tokens[at + 1].key === DEFINITE_ARTICLE && tokens[at + 2]?.joined ? at + 2 : at + 1;
  const alias = index.aliases.longest(tokens, start);
  return alias ? { slug: alias.values[0], end: alias.end } : null;
}
