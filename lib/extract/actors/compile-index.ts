import { actorsBySlug } from './actors-by-slug';
import type { ActorIndex, ReferenceNoun } from './actor-index';
import { PhraseTrie } from './phrase-trie';
import type { RoleHolder } from './role-holder';
import type { Gazetteer } from './types';
import { DEFINITE_ARTICLE, REFERENCE_NOUNS, ROLE_NOUNS, STATE_ACTION_NOUNS } from './words';

const PLURALIZABLE = /[a-rt-z]$/u;

const cache = new WeakMap<Gazetteer, ActorIndex>();

/** Builds the lookup tries once per gazetteer object; recognisers for each article share them. */
export function compileIndex(gazetteer: Gazetteer): ActorIndex {
  const cached = cache.get(gazetteer);
  if (cached) return cached;
  const index: ActorIndex = {
    bySlug: actorsBySlug(gazetteer),
    aliases: new PhraseTrie(),
    demonyms: new PhraseTrie(),
    pluralDemonyms: new PhraseTrie(),
    capitals: new PhraseTrie(),
    titlesOf: new Map(),
    titles: new PhraseTrie(),
    roleNouns: new PhraseTrie(),
    referenceNouns: new PhraseTrie(),
    notActors: new PhraseTrie(),
    openers: new PhraseTrie(),
  };
  const titlesOf = index.titlesOf as Map<string, PhraseTrie<RoleHolder>>;
  for (const actor of gazetteer.actors) {
    for (const alias of [actor.name, ...actor.aliases]) index.aliases.add(alias, actor.slug);
    for (const demonym of actor.demonyms) {
      index.demonyms.add(demonym, actor.slug);
      // "Ruritanian" → "Ruritanians"; "Acme" or "UK" have no plural that would name the actor.
      if (PLURALIZABLE.test(demonym)) index.pluralDemonyms.add(`${demonym}s`, actor.slug);
    }
    for (const capital of actor.capitals ?? []) index.capitals.add(capital, actor.slug);
    for (const role of actor.roles) {
      const holder: RoleHolder = { holder: actor.slug, role };
      index.titles.add(role.title, holder);
      if (!titlesOf.has(role.of)) titlesOf.set(role.of, new PhraseTrie());
      titlesOf.get(role.of)!.add(role.title, holder);
    }
  }
  const notActors = gazetteer.notActors ?? [];
  for (const phrase of notActors) index.notActors.add(phrase, phrase);
  for (const noun of [...ROLE_NOUNS, ...STATE_ACTION_NOUNS]) index.roleNouns.add(noun, noun);
  for (const [noun, source] of Object.entries(REFERENCE_NOUNS)) index.referenceNouns.add(noun, { noun, source } satisfies ReferenceNoun);
  // Mentions open with a name, a demonym or a capital (matchPossessorPhrase, matchMetonymy) or with
  // "the" (matchDefinitePhrase); a longer non-actor name with its own first word.
  for (const actor of gazetteer.actors) {
    for (const phrase of [actor.name, ...actor.aliases, ...actor.demonyms, ...(actor.capitals ?? [])]) index.openers.add(phrase, true);
  }
  for (const phrase of [...notActors, DEFINITE_ARTICLE]) index.openers.add(phrase, true);
  cache.set(gazetteer, index);
  return index;
}
