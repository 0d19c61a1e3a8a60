import { isAbbreviation } from './is-abbreviation';
import { SENTENCE_BREAK } from './sentence-patterns';
import { globalMatches } from '../text/global-matches';

export interface SentenceSpan {
  /** Offsets in the paragraph: `paragraph.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
}

/** Splits a paragraph into sentences with offsets, trimming the spaces between them. */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const match of globalMatches(SENTENCE_BREAK, paragraph)) {
    const end = match.index + match[0].length;
    // A closing quote after the period shows the sentence ended, whatever word precedes it.
    const barePeriod = match.groups?.mark === '.' && match.groups?.closers === '';
    if (barePeriod && isAbbreviation(paragraph.slice(start, match.index))) continue;
    pushTrimmed(spans, paragraph, start, end);
    start = end;
  }
  pushTrimmed(spans, paragraph, start, paragraph.length);
  return spans;
}

function pushTrimmed(spans: SentenceSpan[], paragraph: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(paragraph[start])) start++;
  while (end > start && /\s/.test(paragraph[end - 1])) end--;
  if (end > start) spans.push({ start, end, text: paragraph.slice(start, end) });
}
