// A cheap test before a whole-word pattern built from a phrase: the pattern reads the phrase's words
// as written (any run of spaces between them), so text without its first word cannot match it. Such a
// pattern opens with a lookbehind, which the regex engine tries at every position of the text.

const SPACES = /\s+/u;

/**
 * False when `text` cannot hold `phrase` written with the same letters, case included: its first word
 * is nowhere in the text. True says only that a pattern must decide.
 */
export function mayContainPhrase(text: string, phrase: string): boolean {
  return text.includes(phrase.trim().split(SPACES, 1)[0]);
}
