import { isDatedLine } from './is-dated-line';
import { FINAL_PUNCTUATION, LIST_ITEM } from './paragraph-patterns';

/** Headlines and section headings stay short; news headlines are often sentence case. */
const MAX_HEADING_WORDS = 20;

/** A short line without final punctuation (a question mark is allowed), not a dated entry: a title or section heading. */
export function looksLikeHeading(line: string): boolean {
  const text = line.trim();
  if (text === '' || LIST_ITEM.test(text) || FINAL_PUNCTUATION.test(text) || isDatedLine(text)) return false;
  return text.split(/\s+/).length <= MAX_HEADING_WORDS;
}
