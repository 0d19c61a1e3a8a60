import type { ActorEntry, Gazetteer } from './types';

const cache = new WeakMap<Gazetteer, ReadonlyMap<string, ActorEntry>>();

/** Slug → entry, built once per gazetteer object. */
export function actorsBySlug(gazetteer: Gazetteer): ReadonlyMap<string, ActorEntry> {
  let index = cache.get(gazetteer);
  if (!index) cache.set(gazetteer, (index = new Map(gazetteer.actors.map((actor) => [actor.slug, actor]))));
  return index;
}
