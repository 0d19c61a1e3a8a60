import { APOSTROPHES } from './words';

const APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'gu');
const COMBINING_MARK = /\p{M}/gu;
const NEEDS_FOLDING = new RegExp(`[^\\x00-\\x7f]|[${APOSTROPHES}]`, 'u');

/**
 * The form a word is compared in: diacritics and apostrophes dropped, so "Isma’il" = "Ismail"
 * and "Hizballāh" = "Hizballah". `raw` keeps the case for acronyms, `key` is lower case.
 */
export function foldWord(word: string): { raw: string; key: string } {
  // Most words are plain ASCII letters; skipping normalisation for them keeps tokenising cheap.
  const raw = NEEDS_FOLDING.test(word) ? word.normalize('NFD').replace(COMBINING_MARK, '').replace(APOSTROPHE, '') : word;
  return { raw, key: raw.toLowerCase() };
}
