import type { ReferenceNoun } from './actor-index';

export type MentionRule = 'alias' | 'demonym-role' | 'role' | 'reference' | 'metonymy' | 'discovered';

/** A possible mention, in token indices; the recogniser keeps the longest at each position. */
export interface Candidate {
  start: number;
  /** Index of the token after the mention. */
  end: number;
  slug: string;
  rule: MentionRule;
  /** The noun written right after the actor ("Acme delegation"), for later "the delegation". */
  introduces: ReferenceNoun | null;
  /** The actor whose title the text writes, when the mention is its holder ("Ruritania’s foreign minister" → ruritania). */
  owner?: string;
}
