// Which actors a search names. Analysts type names as they read them: without diacritics or the
// typographic apostrophes of transliterations, and often a single part of the name.
import type { ActorListing } from '@/lib/db/queries';

/** Lowercase words without diacritics, apostrophes or hyphens: "Isma’il al-Ḥayya" → "ismail al hayya". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘ʼʿ`]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The actors whose name, slug or an alias contains every word of `q`; every actor for an empty `q`. */
export function matchActors(actors: ActorListing[], q: string): ActorListing[] {
  const words = searchKey(q).split(' ').filter(Boolean);
  if (words.length === 0) return actors;
  return actors.filter((actor) => {
    const key = searchKey([actor.name, actor.slug, ...actor.aliases].join(' '));
    return words.every((word) => key.includes(word));
  });
}
