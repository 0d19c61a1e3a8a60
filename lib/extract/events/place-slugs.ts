import type { Gazetteer } from '../actors/types';

/** Names, aliases and capitals of states, lower case, to the state's slug: where a clause is set. */
export function placeSlugs(gazetteer: Gazetteer): Map<string, string> {
  const slugs = new Map<string, string>();
  for (const actor of gazetteer.actors) {
    if (actor.kind !== 'state') continue;
    for (const name of [actor.name, ...actor.aliases, ...(actor.capitals ?? [])]) slugs.set(name.toLowerCase(), actor.slug);
  }
  return slugs;
}
