import { DOTTED_ACRONYM, MONTH_ABBREVIATIONS, OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations';
import { INITIAL, WORD_BEFORE_STOP } from './sentence-patterns';

/** Longer than any abbreviation or dotted acronym the lists and patterns accept. */
const ABBREVIATION_REACH = 24;

const KNOWN = new Set([...TITLE_ABBREVIATIONS, ...MONTH_ABBREVIATIONS, ...OTHER_ABBREVIATIONS]);

/**
 * Whether the period closing `before` belongs to an abbreviation: a listed word, a single initial,
 * or a dotted acronym ("U.S."), since news prose rarely ends a sentence on an acronym.
 */
export function isAbbreviation(before: string): boolean {
  // Only the tail matters; matching the whole text before the stop would make splitting quadratic.
  const word = WORD_BEFORE_STOP.exec(before.slice(-ABBREVIATION_REACH))?.groups?.word ?? '';
  const bare = word.replace(/^\.+|\.+$/g, '');
  if (INITIAL.test(bare) || KNOWN.has(bare.toLowerCase())) return true;
  return DOTTED_ACRONYM.test(`${bare}.`);
}
