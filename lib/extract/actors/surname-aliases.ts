import { tokenize } from './tokenize';
import type { Gazetteer } from './types';

const cache = new WeakMap<Gazetteer, ReadonlyMap<string, string>>();

/** Single-word aliases of the gazetteer's persons ("Lopez"), folded, to their slugs: surnames other people may share. */
export function surnameAliases(gazetteer: Gazetteer): ReadonlyMap<string, string> {
  const cached = cache.get(gazetteer);
  if (cached) return cached;
  const surnames = new Map<string, string>();
  for (const actor of gazetteer.actors) {
    if (actor.kind !== 'person') continue;
    for (const alias of [actor.name, ...actor.aliases]) {
      const words = tokenize(alias);
      if (words.length === 1) surnames.set(words[0].key, actor.slug);
    }
  }
  cache.set(gazetteer, surnames);
  return surnames;
}
