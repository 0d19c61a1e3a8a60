import { PLACE_NAME } from '../lexicon/en/places';

/** Places a clause names, as the gazetteer slug of the state they belong to when known ("Lyon" → france). */
export function placesOf(clause: string, placeSlugs: Map<string, string>): string[] {
  const places = [...clause.matchAll(PLACE_NAME)].map((match) => {
    const name = match.groups!.place.replace(/[’']s$/u, '');
    return placeSlugs.get(name.toLowerCase()) ?? name.toLowerCase().replace(/\s+/g, '-');
  });
  return [...new Set(places)].sort();
}
