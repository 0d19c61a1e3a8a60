import { APOSTROPHES } from './words';

const APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'gu');
const COMBINING_MARK = /\p{M}/gu;
const NEEDS_FOLDING = new RegExp(`[^\\x00-\\x7f]|[${APOSTROPHES}]`, 'u');
/** The apostrophes that are plain ASCII (' and `): the only ones the character loop must look for. */
const ASCII_APOSTROPHES = new Set([...APOSTROPHES].map((char) => char.charCodeAt(0)).filter((code) => code < 128));

/**
 * The form a word is compared in: diacritics and apostrophes dropped, so "Sa’id" = "Said"
 * and "Zoë" = "Zoe". `raw` keeps the case for acronyms, `key` is lower case.
 */
export function foldWord(word: string): { raw: string; key: string } {
  // Most words are plain ASCII letters; skipping normalisation for them keeps tokenising cheap.
  const raw = needsFolding(word) ? word.normalize('NFD').replace(COMBINING_MARK, '').replace(APOSTROPHE, '') : word;
  return { raw, key: raw.toLowerCase() };
}

/** NEEDS_FOLDING, with a character loop for the plain ASCII words most text is made of. */
function needsFolding(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code > 127) return NEEDS_FOLDING.test(word);
    if (ASCII_APOSTROPHES.has(code)) return true;
  }
  return false;
}
