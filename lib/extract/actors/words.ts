// Word lists for actor recognition, kept apart from the logic so they can be extended without touching it.
// All entries are lower case; multi-word entries are matched token by token.

import type { ActorKind } from './types';

/** Characters texts use for an apostrophe or an ʿayn in transliterations ("al-‘Ula", "Sa’id"). */
export const APOSTROPHES = "'’‘ʿʾ`´";

/** Characters that may join the words of a name instead of a space ("al-Rashid" = "al Rashid"). */
export const HYPHENS = '-‐‑‒–';

/** Nouns that, after a demonym, make the phrase name the state itself ("Ruritanian officials" → ruritania). */
export const ROLE_NOUNS: readonly string[] = [
  'official', 'officials', 'leadership', 'leader', 'leaders', 'president', 'prime minister',
  'foreign minister', 'defense minister', 'defence minister', 'minister', 'ministers', 'ministry',
  'authorities', 'regime', 'government', 'administration', 'forces', 'force', 'military', 'army',
  'state media', 'state television', 'state tv', 'media', 'intelligence', 'security forces',
  'spokesman', 'spokesperson', 'diplomats', 'diplomat', 'delegation', 'envoy', 'embassy',
  'representatives', 'negotiators', 'troops', 'navy', 'air force', 'institutions', 'policymakers',
];

/**
 * What a state's forces or government carry out: after a demonym the phrase names the state as its
 * agent ("the Ruritanian attack", "Ruritanian airstrikes", "the Ruritanian civil war"), unlike "French wine".
 */
export const STATE_ACTION_NOUNS: readonly string[] = [
  'attack', 'attacks', 'assault', 'raid', 'raids', 'strike', 'strikes', 'airstrike', 'airstrikes', 'air strike', 'air strikes',
  'missile strike', 'missile strikes', 'bombing', 'bombings', 'shelling', 'invasion', 'incursion', 'offensive',
  'counteroffensive', 'siege', 'war', 'civil war', 'intervention', 'occupation', 'annexation', 'blockade', 'sanctions',
  'withdrawal', 'crackdown',
];

/**
 * Nouns that, after "the", refer back to an actor named earlier in the article.
 * `explicit`: only an actor written right before the noun ("an Acme delegation") sets the referent.
 * A kind: the last actor of that kind mentioned ("the organization" → the last organisation named).
 */
export const REFERENCE_NOUNS: Readonly<Record<string, 'explicit' | ActorKind>> = {
  delegation: 'explicit',
  organization: 'organization',
  organisation: 'organization',
  movement: 'organization',
  group: 'organization',
  unit: 'unit',
};

/** At most this many lower-case words may sit between "the" and a reference noun ("the terrorist organization"). */
export const MAX_REFERENCE_MODIFIERS = 2;

/** Words before a capital that make it a place, not the government ("in Paris", "to Oslo"). */
export const PLACE_WORDS: readonly string[] = [
  'in', 'to', 'from', 'into', 'at', 'near', 'via', 'toward', 'towards', 'through', 'across', 'around',
  'outside', 'inside', 'within', 'visited', 'visit', 'visiting', 'reached', 'left', 'leaving', 'arrived',
  'the', 'of',
];

export const DEFINITE_ARTICLE = 'the';

/** "the foreign minister of Ruritania": the word linking a title to its actor. */
export const TITLE_LINK = 'of';

