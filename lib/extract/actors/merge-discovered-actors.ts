import type { ActorEntry } from './types';

/**
 * One entry per slug from the discovered actors of several articles: the first article's entry (in
 * the order given) keeps its name, kind and evidence; the aliases of all are pooled.
 */
export function mergeDiscoveredActors(perArticle: ActorEntry[][]): ActorEntry[] {
  const bySlug = new Map<string, ActorEntry>();
  for (const actors of perArticle) {
    for (const actor of actors) {
      const known = bySlug.get(actor.slug);
      if (!known) bySlug.set(actor.slug, { ...actor, aliases: [...actor.aliases] });
      else known.aliases = [...new Set([...known.aliases, ...actor.aliases])].sort();
    }
  }
  return [...bySlug.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
