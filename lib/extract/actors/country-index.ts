import countries from 'world-countries';
import { PhraseTrie } from './phrase-trie';

/** A state as world-countries lists it: its common name and how texts may write it. */
export interface Country {
  name: string;
  /** Names, official names and other spellings ("France", "French Republic", "UK"). */
  names: string[];
  /** "French", "Norwegian": adjectives naming the state before a role noun ("French officials"). */
  demonyms: string[];
  capitals: string[];
}

export interface CountryIndex {
  names: PhraseTrie<Country>;
  demonyms: PhraseTrie<Country>;
  capitals: PhraseTrie<Country>;
}

const LATIN = /^[\p{Script=Latin}\s.'’-]+$/u;

let compiled: CountryIndex | null = null;

/** The states of the npm package world-countries, compiled once: a maintained list, not a hand-typed one. */
export function countryIndex(): CountryIndex {
  if (compiled) return compiled;
  const index: CountryIndex = { names: new PhraseTrie(), demonyms: new PhraseTrie(), capitals: new PhraseTrie() };
  // UN members first: "French" is France's demonym before it is the French Southern Lands'.
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const entry of ordered) {
    const country = toCountry(entry);
    for (const name of country.names) index.names.add(name, country);
    for (const demonym of country.demonyms) index.demonyms.add(demonym, country);
    for (const capital of country.capitals) index.capitals.add(capital, country);
  }
  compiled = index;
  return index;
}

function toCountry(entry: (typeof countries)[number]): Country {
  // Two-letter codes ("FR", "IT", "IN") are words too often to name a state; "UK" is not a code and stays.
  const spellings = [entry.name.common, entry.name.official, ...entry.altSpellings].filter(
    (name) => name !== entry.cca2 && LATIN.test(name),
  );
  const demonyms = entry.demonyms?.eng ? [entry.demonyms.eng.m, entry.demonyms.eng.f].filter((d) => d && LATIN.test(d)) : [];
  return {
    name: entry.name.common,
    names: [...new Set(spellings)],
    demonyms: [...new Set(demonyms)],
    capitals: (entry.capital ?? []).filter((capital) => LATIN.test(capital)),
  };
}

let demonymWords: Set<string> | null = null;

/** "Iraqis", "Americans": the plural of a state's demonym (names such as "Hollis" or "Evans" are not). */
export function isDemonymPlural(word: string): boolean {
  demonymWords ??= new Set(countries.flatMap((entry) => toCountry(entry).demonyms.map((demonym) => demonym.toLowerCase())));
  return word.length > 1 && /s$/iu.test(word) && demonymWords.has(word.slice(0, -1).toLowerCase());
}
