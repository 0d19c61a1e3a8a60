import { mergeDiscoveredActors } from '../extract/actors/merge-discovered-actors';
import type { ActorEntry } from '../extract/actors/types';

/**
 * The discovered actors of the articles seeded so far, one per slug, as mergeDiscoveredActors gives
 * them for all the articles at once. Only one entry per slug is held, not every article's list.
 */
export class DiscoveredActors {
  private readonly bySlug = new Map<string, ActorEntry>();

  /** One article's discovered actors, in seed order. */
  add(actors: ActorEntry[]): void {
    for (const actor of actors) {
      const known = this.bySlug.get(actor.slug);
      this.bySlug.set(actor.slug, mergeDiscoveredActors(known === undefined ? [[actor]] : [[known], [actor]])[0]);
    }
  }

  get size(): number {
    return this.bySlug.size;
  }

  /** Every one, sorted by slug. */
  entries(): ActorEntry[] {
    return mergeDiscoveredActors([[...this.bySlug.values()]]);
  }
}
