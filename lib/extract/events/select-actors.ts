import type { ActorEntry, ActorMention } from '../actors/types';
import { ATTACK_FAMILY, LOCATIVE_BEFORE, PLACE_LIST_JOIN, TARGET_BEFORE } from '../lexicon/en/places';

/**
 * Actors a clause names, without place-only mentions: a state named after "in", "to" or "from"
 * is where something happened, not who did it; so are the states listed after it ("visits to
 * Ruritania, Vell and Ostia"). An attack's target stays an actor ("fired into Ruritania").
 */
export function selectActors(sentence: string, mentions: ActorMention[], bySlug: Map<string, ActorEntry>, family: string | null = null): ActorMention[] {
  let previousPlace: ActorMention | null = null;
  return mentions.filter((mention) => {
    const isState = bySlug.get(mention.slug)?.kind === 'state';
    const before = sentence.slice(Math.max(0, mention.start - 20), mention.start);
    const listed = previousPlace !== null && PLACE_LIST_JOIN.test(sentence.slice(previousPlace.end, mention.start));
    // "rockets fired into Ruritania": an attack's target is an actor, not a place.
    const target = family === ATTACK_FAMILY && TARGET_BEFORE.test(before);
    const place = isState && !target && (listed || LOCATIVE_BEFORE.test(before));
    previousPlace = place ? mention : null;
    return !place;
  });
}
