import { BOILERPLATE_HEADING, CONTENTS_TITLES, FURNITURE_OPENINGS, IMAGE_CREDIT_LABELS } from '../lexicon/en/furniture';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (words: string[]) => words.map(escape).join('|');

/** "(photo credit: …)" or "(credit: …)", wherever it sits in the line. */
export const CREDIT_PARENTHESIS = new RegExp(`\\((?<label>(?:photo |image )?credit)s?\\s*:`, 'i');

/** A line that is nothing but a credit in parentheses. */
export const CREDIT_ONLY = new RegExp(`^\\s*${CREDIT_PARENTHESIS.source}[^)]*\\)\\s*$`, 'i');

export const FURNITURE_OPENING = new RegExp(`^\\s*(?<prompt>${anyOf(FURNITURE_OPENINGS)})`, 'i');

/** "About Corvane Systems: …" — not "About 300 people were evacuated": a capitalised name closed by a colon. */
export const BOILERPLATE = new RegExp(`^\\s*${escape(BOILERPLATE_HEADING)}\\s+\\p{Lu}[^:.]{0,60}:`, 'u');

export const CONTENTS_TITLE = new RegExp(`^\\s*(?<title>${anyOf(CONTENTS_TITLES)})\\s*:?\\s*$`, 'i');

/** "Image: Wikimedia Commons". */
export const IMAGE_CREDIT = new RegExp(`^\\s*(?<label>${anyOf(IMAGE_CREDIT_LABELS)})s?\\s*:\\s*\\S`, 'i');

/** "- The Genesis of an Alliance", "• …", "* …". */
export const LIST_ITEM = /^\s*(?<bullet>[-–•*])\s+\S/;

/** Sentence-final punctuation, allowing closing quotes and brackets after it. */
export const FINAL_PUNCTUATION = /(?<mark>[.!:;,…])["'”’)\]]*\s*$/;
