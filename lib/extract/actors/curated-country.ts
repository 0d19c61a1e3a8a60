import type { ActorIndex } from './actor-index';
import type { Country } from './country-index';
import { tokenize } from './tokenize';

const cache = new WeakMap<ActorIndex, Map<Country, string | null>>();

/** The gazetteer actor a world-countries state is, when one of its names is a gazetteer name or alias: the curated entry wins. */
export function curatedCountry(index: ActorIndex, country: Country): string | null {
  let known = cache.get(index);
  if (!known) cache.set(index, (known = new Map()));
  if (!known.has(country)) known.set(country, lookUp(index, country));
  return known.get(country)!;
}

function lookUp(index: ActorIndex, country: Country): string | null {
  for (const name of country.names) {
    const tokens = tokenize(name);
    const match = index.aliases.longest(tokens, 0);
    if (match && match.end === tokens.length) return match.values[0];
  }
  return null;
}
