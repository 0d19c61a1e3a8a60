// The actor gazetteer and what actor recognition reports.

/** `group`: a movement, militia or other body with no formal organisation the text names. */
export type ActorKind = 'person' | 'organization' | 'state' | 'group' | 'unit';

/** A position an actor held, so "the Ruritanian foreign minister" resolves to whoever held it then. */
export interface ActorRole {
  /** Role words as a text would write them, lower case, e.g. `foreign minister`. */
  title: string;
  /** Slug of the actor the role belongs to (e.g. `ruritania` for Ruritania's foreign minister). */
  of: string;
  /** ISO dates (possibly partial) bounding the tenure; null where open. */
  from: string | null;
  to: string | null;
}

export interface ActorEntry {
  slug: string;
  name: string;
  kind: ActorKind;
  /** Other spellings and transliterations; matched case-insensitively on word boundaries. */
  aliases: string[];
  /** Slug of the actor this one belongs to (Border Guard → Interior Ministry → Ruritania), or null. */
  affiliation: string | null;
  roles: ActorRole[];
  /** Adjectives/demonyms that name the actor in a role phrase ("Ruritanian" → ruritania). */
  demonyms: string[];
  /** Capital cities that stand for the actor by metonymy ("Paris refused…" → france), never as a place ("in Paris"). */
  capitals?: string[];
  /** A news outlet: an actor of the reports it publishes, not of the happenings it is cited for. */
  media?: boolean;
  /** True for an actor found in the text rather than listed in the gazetteer. */
  discovered?: boolean;
  /** For a discovered actor: why it is one and of its kind, in words a reader can check (`title “CEO” before the name (¶3)`). */
  evidence?: string;
}

export interface Gazetteer {
  actors: ActorEntry[];
  /** Names that contain an actor's name but are not that actor ("Upper Ruritania", "the Ruritania War"), lower case. */
  notActors?: string[];
}

export interface ActorMention {
  slug: string;
  /** Character offsets in the text given to the recogniser. */
  start: number;
  end: number;
  text: string;
  /** Which rule matched: `alias`, `role`, `reference`… */
  rule: string;
  /** The actor whose title the text writes before or in the mention, when the mention is its holder ("Ruritania’s foreign minister" → ruritania). */
  owner?: string;
}
