// The words of a text as the pattern `(?<word>L+(?:A L+)*)(?<trailing>A(?!L))?` finds them (L a
// letter, mark or digit; A an apostrophe), by a character loop: the regex, with Unicode classes
// tried at every position, was the largest cost of tokenising, and most text is plain ASCII.

import { APOSTROPHES } from './words';

export interface ScannedWord {
  start: number;
  /** Letters, with apostrophes allowed inside ("Sa’id") but not at the edges. */
  word: string;
  /** An apostrophe right after the word and before no letter ("Jones’ house", a closing quote). */
  trailing: boolean;
}

/** A letter, mark or digit starting here (sticky: tested at lastIndex only). */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/uy;
const APOSTROPHE_CODES = new Set([...APOSTROPHES].map((char) => char.codePointAt(0)!));

export function scanWords(text: string): ScannedWord[] {
  const words: ScannedWord[] = [];
  let at = 0;
  while (at < text.length) {
    const first = wordCharLength(text, at);
    if (first === 0) {
      at += isPairAt(text, at) ? 2 : 1;
      continue;
    }
    const start = at;
    at = lettersEnd(text, at + first);
    // An apostrophe inside the word when a letter follows it; one closing it otherwise.
    while (isApostrophe(text, at) && wordCharLength(text, at + 1) > 0) at = lettersEnd(text, at + 1);
    const trailing = isApostrophe(text, at);
    words.push({ start, word: text.slice(start, at), trailing });
    if (trailing) at++;
  }
  return words;
}

function lettersEnd(text: string, at: number): number {
  for (let length = wordCharLength(text, at); length > 0; length = wordCharLength(text, at)) at += length;
  return at;
}

/** Code units of the letter, mark or digit at `at`: 0 if there is none, 2 for one outside the BMP. */
function wordCharLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  // NaN (past the end) fails every comparison above and lands here: nothing to read.
  if (at >= text.length) return 0;
  WORD_CHAR.lastIndex = at;
  return WORD_CHAR.test(text) ? WORD_CHAR.lastIndex - at : 0;
}

/** An apostrophe that is not itself a letter ("ʿ" is one, and reads as part of the word). */
function isApostrophe(text: string, at: number): boolean {
  return at < text.length && APOSTROPHE_CODES.has(text.charCodeAt(at)) && wordCharLength(text, at) === 0;
}

function isPairAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
}
