// `q` is what a person typed, never FTS5 syntax: each word becomes a quoted phrase, so quotes,
// operators (AND, OR, NOT, NEAR), column filters and parentheses are only ever searched for as text.

/** Characters the `unicode61` tokenizer keeps in a token; everything else separates tokens. */
const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/**
 * The FTS5 MATCH expression for free text: every word must occur, the last token of each word as a
 * prefix ("hama" finds "Hamas"). A word with inner punctuation ("Israel's", "U.S.") is a phrase of
 * its tokens. Returns null when the text has nothing searchable, e.g. only punctuation.
 */
export function searchExpression(text: string): string | null {
  const phrases = text
    .split(/\s+/)
    .map((word) => word.match(TOKEN) ?? [])
    .filter((tokens) => tokens.length > 0)
    .map((tokens) => `"${tokens.join(' ')}"*`);
  return phrases.length === 0 ? null : phrases.join(' ');
}
