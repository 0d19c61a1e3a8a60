import type { Token } from '../language';
import { happeningKind } from './happening-kind';
import type { Happening } from './types';

/**
 * The word a sentence names its happening with, as a lemma: the word of the happening's kind
 * ("attacks" in "launched attacks" → `attack`), else its verb's lemma, else its words as written.
 */
export function happeningWord(tokens: Token[], happening: Happening): string {
  const inSpan = tokens.filter((token) => token.start >= happening.index && token.end <= happening.end);
  const ofKind = inSpan.find((token) => happeningKind(token.lemma) === happening.family);
  return ofKind?.lemma ?? happening.verb?.lemma ?? happening.text.toLowerCase();
}
