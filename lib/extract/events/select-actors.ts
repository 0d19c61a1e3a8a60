import type { ActorEntry, ActorMention } from '../actors/types';
import { LOCATIVE_BEFORE } from '../lexicon/en/places';

/**
 * Actors a clause names, without place-only mentions: a state named after "in", "to" or "from"
 * is where something happened, not who did it.
 */
export function selectActors(sentence: string, mentions: ActorMention[], bySlug: Map<string, ActorEntry>): ActorMention[] {
  return mentions.filter((mention) => {
    const isState = bySlug.get(mention.slug)?.kind === 'state';
    return !(isState && LOCATIVE_BEFORE.test(sentence.slice(Math.max(0, mention.start - 20), mention.start)));
  });
}
