import { PhraseTrie } from './phrase-trie';
import type { RoleHolder } from './role-holder';
import type { ActorEntry, ActorKind } from './types';

/** A reference noun and where its referent comes from (see REFERENCE_NOUNS). */
export interface ReferenceNoun {
  noun: string;
  source: 'explicit' | ActorKind;
}

/** Everything recognition looks up, compiled once per gazetteer. */
export interface ActorIndex {
  bySlug: ReadonlyMap<string, ActorEntry>;
  /** Names and aliases → slug. */
  aliases: PhraseTrie<string>;
  demonyms: PhraseTrie<string>;
  /** "Iranians", for "the Iranians". */
  pluralDemonyms: PhraseTrie<string>;
  capitals: PhraseTrie<string>;
  /** Role titles of each role owner (`of`), for "Ruritania’s foreign minister". */
  titlesOf: ReadonlyMap<string, PhraseTrie<RoleHolder>>;
  /** Every role title, for "the Prime Minister" and "the commander of the Border Guard". */
  titles: PhraseTrie<RoleHolder>;
  roleNouns: PhraseTrie<string>;
  referenceNouns: PhraseTrie<ReferenceNoun>;
  /** Longer names that merely contain an actor's name (the gazetteer's notActors). */
  notActors: PhraseTrie<string>;
  /** Every phrase above that can open a mention or a non-actor name, and "the": words no mention starts with are skipped. */
  openers: PhraseTrie<true>;
}
