import { actorsBySlug } from './actors-by-slug';
import type { Gazetteer } from './types';

/** The actor and everything it belongs to, nearest first: quds-force → [quds-force, irgc, iran]. Empty for an unknown slug. */
export function affiliationChain(gazetteer: Gazetteer, slug: string): string[] {
  const bySlug = actorsBySlug(gazetteer);
  const chain: string[] = [];
  // The visited check only guards gazetteers built by hand; parseGazetteer rejects cycles.
  for (let actor = bySlug.get(slug); actor && !chain.includes(actor.slug); actor = actor.affiliation === null ? undefined : bySlug.get(actor.affiliation)) {
    chain.push(actor.slug);
  }
  return chain;
}
