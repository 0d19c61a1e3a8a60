import type { ActorEntry, ActorMention } from '../actors/types';
import type { Happening } from './types';

/** Families of what an outlet publishes: its reports and statements. */
const PUBLISHING_FAMILIES = new Set(['report', 'statement']);

/**
 * News outlets (gazetteer `media: true`) are actors only of what they publish, named before the
 * reporting word ("The Daily Courier reported …"); cited as a channel ("officials told The
 * Evening Herald that …", "according to the Gazette") they take no part in the happening.
 */
export function publishersOnly(mentions: ActorMention[], happening: Happening | null, bySlug: Map<string, ActorEntry>): ActorMention[] {
  const publishes = (mention: ActorMention) => happening !== null && PUBLISHING_FAMILIES.has(happening.family) && mention.end <= happening.index;
  return mentions.filter((mention) => !bySlug.get(mention.slug)?.media || publishes(mention));
}
