import { FUNCTION_WORDS } from '../lexicon/en/places';
import { globalMatches } from '../text/global-matches';

const WORD = /[\p{L}][\p{L}’'-]{3,}/gu;

/** Lower-case content words of a clause, sorted and distinct, to compare what two clauses say. */
export function contentTerms(clause: string): string[] {
  const words = globalMatches(WORD, clause).map((m) => m[0].toLowerCase().replace(/[’']s$/u, ''));
  return [...new Set(words.filter((word) => !FUNCTION_WORDS.has(word)))].sort();
}
