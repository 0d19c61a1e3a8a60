import { analyseText } from './analyse-text';

/** Each word is tagged once: capitalised sentence openings repeat across a corpus. */
const readings = new Map<string, boolean>();

/**
 * Whether a word, read alone in lower case, is the plural of a common noun ("officials", "talks"):
 * the tagger takes a capitalised first word of a sentence for a name, and this tells it apart.
 */
export function isCommonPlural(word: string): boolean {
  const lower = word.toLowerCase();
  let plural = readings.get(lower);
  if (plural === undefined) {
    const [token, ...rest] = analyseText(lower).tokens;
    plural = rest.length === 0 && token?.pos === 'NOUN' && token.lemma !== token.text;
    readings.set(lower, plural);
  }
  return plural;
}
