import { DOTTED_ACRONYM, MONTH_ABBREVIATIONS, OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../lexicon/en/abbreviations';
import { INITIAL, WORD_BEFORE_STOP_CHAR } from './sentence-patterns';

/** Longer than any abbreviation or dotted acronym the lists and patterns accept. */
const ABBREVIATION_REACH = 24;

const KNOWN = new Set([...TITLE_ABBREVIATIONS, ...MONTH_ABBREVIATIONS, ...OTHER_ABBREVIATIONS]);

/**
 * Whether the period closing `before` belongs to an abbreviation: a listed word, a single initial,
 * or a dotted acronym ("J.", "N.Y."), since news prose rarely ends a sentence on an acronym.
 */
export function isAbbreviation(before: string): boolean {
  // Only the tail matters; matching the whole text before the stop would make splitting quadratic.
  const word = wordBeforeStop(before.slice(-ABBREVIATION_REACH));
  const bare = word.replace(/^\.+|\.+$/g, '');
  if (INITIAL.test(bare) || KNOWN.has(bare.toLowerCase())) return true;
  return DOTTED_ACRONYM.test(`${bare}.`);
}

/**
 * The run of letters and dots ending the text, read backwards: a regex anchored at the end would be
 * retried from every position before it, and this runs at every full stop of the corpus.
 */
function wordBeforeStop(text: string): string {
  let start = text.length;
  while (start > 0) {
    // A letter outside the Basic Multilingual Plane is two UTF-16 units ending in a low surrogate.
    const code = text.charCodeAt(start - 1);
    const width = code >= 0xdc00 && code <= 0xdfff && start > 1 ? 2 : 1;
    if (!WORD_BEFORE_STOP_CHAR.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return text.slice(start);
}
