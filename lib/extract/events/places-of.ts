import { PLACE_NAME } from '../lexicon/en/places';
import { globalMatches } from '../text/global-matches';

/** Places a clause names, as the gazetteer slug of the state they belong to when known ("Lyon" → france). */
export function placesOf(clause: string, placeSlugs: Map<string, string>): string[] {
  const places = globalMatches(PLACE_NAME, clause).map((match) => {
    const name = match.groups!.place.replace(/[’']s$/u, '');
    return placeSlugs.get(name.toLowerCase()) ?? name.toLowerCase().replace(/\s+/g, '-');
  });
  return [...new Set(places)].sort();
}
