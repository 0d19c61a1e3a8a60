import type { ActorEntry, ActorMention } from '../actors/types';
import { LOCATIVE_BEFORE, PLACE_LIST_JOIN } from '../lexicon/en/places';

/**
 * Actors a clause names, without place-only mentions: a state named after "in", "to" or "from"
 * is where something happened, not who did it; so are the states listed after it ("visits to
 * Ruritania, Vell and Ostia").
 */
export function selectActors(sentence: string, mentions: ActorMention[], bySlug: Map<string, ActorEntry>): ActorMention[] {
  let previousPlace: ActorMention | null = null;
  return mentions.filter((mention) => {
    const isState = bySlug.get(mention.slug)?.kind === 'state';
    const listed = previousPlace !== null && PLACE_LIST_JOIN.test(sentence.slice(previousPlace.end, mention.start));
    const place = isState && (listed || LOCATIVE_BEFORE.test(sentence.slice(Math.max(0, mention.start - 20), mention.start)));
    previousPlace = place ? mention : null;
    return !place;
  });
}
