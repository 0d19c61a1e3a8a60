import { tokenize } from './tokenize';

/** How two spellings compare when matched: "al-‘Ula" and "Al Ula" share a key. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase).map((token) => token.key).join(' ');
}
