// The system's events for a gold entity, found the way a reader of the timeline finds them.
import type { ActorEntry } from '../../extract/actors/types';
import type { ExtractedEvent } from '../../extract/types';
import { sameName } from './entity-names';

export interface EntityEvents {
  /** `actor`: the entity is one of the system's actors and its events are filtered by it; `quote`: searched by name in the quotes. */
  foundBy: 'actor' | 'quote';
  /** Slugs of the actors standing for the entity (empty when searched by quote). */
  actorSlugs: string[];
  events: ExtractedEvent[];
}

/**
 * A reader filters by actor when the timeline offers one for the entity (an actor, curated or
 * discovered, whose name or an alias is one of `names`), otherwise searches for the entity's name
 * (`names[0]`) in the quotes, as whole words, case aside.
 */
export function entityEvents(names: readonly string[], actors: readonly ActorEntry[], events: readonly ExtractedEvent[]): EntityEvents {
  const actorSlugs = [
    ...new Set(actors.filter((actor) => [actor.name, ...actor.aliases].some((name) => names.some((wanted) => sameName(name, wanted)))).map((actor) => actor.slug)),
  ].sort();
  if (actorSlugs.length > 0) {
    return { foundBy: 'actor', actorSlugs, events: events.filter((event) => event.actors.some((slug) => actorSlugs.includes(slug))) };
  }
  const pattern = wholeWords(names[0]);
  return { foundBy: 'quote', actorSlugs, events: events.filter((event) => event.citations.some((citation) => pattern.test(citation.quote))) };
}

function wholeWords(name: string): RegExp {
  const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
}
