import { tokenize } from './tokenize';

/** How two spellings compare when matched: "al-‘Arouri" and "Al Arouri" share a key. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase).map((token) => token.key).join(' ');
}
