/** A full stop, question or exclamation mark, optionally followed by closing quotes or brackets. */
const TERMINATOR = String.raw`(?<mark>[.!?…]+)(?<closers>["'”’)\]]*)`;

/** The next sentence opens with an optional quote or bracket, then a capital letter or digit. */
const NEXT_OPENING = String.raw`(?=\s+["'“‘(\[]?[\p{Lu}\d])`;

export const SENTENCE_BREAK = new RegExp(TERMINATOR + NEXT_OPENING, 'gu');

/** A character of the word just before a full stop (letters and dots), to check it against the abbreviation lists. */
export const WORD_BEFORE_STOP_CHAR = /^[\p{L}.]$/u;

/** A single capital initial, as in "John F. Kennedy". */
export const INITIAL = /^\p{Lu}$/u;
