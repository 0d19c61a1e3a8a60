import { analyseText } from './analyse-text';

/**
 * Whether a word, read alone in lower case, is the plural of a common noun ("officials", "talks"):
 * the tagger takes a capitalised first word of a sentence for a name, and this tells it apart.
 */
export function isCommonPlural(word: string): boolean {
  const [token, ...rest] = analyseText(word.toLowerCase()).tokens;
  return rest.length === 0 && token?.pos === 'NOUN' && token.lemma !== token.text;
}
