// The year (and month) an article has made explicit so far, carried from sentence to sentence.

import type { DateMention, Narrative } from './types';

/** Whether a mention names one year precisely enough to anchor later "in June"s. */
function anchorsYear(mention: DateMention): boolean {
  const { inferred, precision, start, end } = mention.date;
  if (inferred !== null || precision === 'decade') return false;
  return precision !== 'approximate' || start.slice(0, 4) === end.slice(0, 4);
}

/** The month too, when the mention names one: a day, week or month, or a part of a single month. */
function anchoredMonth(mention: DateMention): number | null {
  const { precision, start, end } = mention.date;
  if (['day', 'week', 'month'].includes(precision)) return Number(end.slice(5, 7));
  if (precision === 'approximate' && start.slice(0, 7) === end.slice(0, 7)) return Number(end.slice(5, 7));
  return null;
}

/**
 * After a sentence is read: the last explicit year-bearing mention sets the narrative (a range
 * sets it to where the range ends); inferred mentions, decades and relative phrases leave it.
 */
export function advanceNarrative(previous: Narrative | null, mentions: DateMention[], paragraph: number): Narrative | null {
  const anchor = mentions.filter(anchorsYear).at(-1);
  if (!anchor) return previous;
  return { year: Number(anchor.date.end.slice(0, 4)), month: anchoredMonth(anchor), text: anchor.text, paragraph };
}
