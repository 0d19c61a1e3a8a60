// Words an article writes in lower case somewhere ("a malaria vaccine"): the same word capitalised
// alone elsewhere ("Malaria killed …") opens a sentence or a headline, and names no one.

import { globalMatches } from '../text/global-matches';

const LOWER_CASE_WORD = /(?<![\p{L}’'-])\p{Ll}[\p{Ll}’'-]{2,}(?![\p{L}])/gu;

export function lowerCaseWords(paragraphs: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const paragraph of paragraphs) for (const [word] of globalMatches(LOWER_CASE_WORD, paragraph)) words.add(word);
  return words;
}
