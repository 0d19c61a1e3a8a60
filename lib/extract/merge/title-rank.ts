import type { ExtractedEvent } from '../types';
import { precisionRank } from './precision-rank';

/**
 * How well an event's title serves a merged event, lower first: a title carrying a figure takes one
 * source's side where sources disagree on numbers; a single word ("Massacre") says little; a title
 * read where the date was stated in full comes from the most explicit report; then the finer date.
 */
export function titleRank(event: ExtractedEvent): number[] {
  const words = event.title.split(/\s+/).filter(Boolean).length;
  return [/\d/.test(event.title) ? 1 : 0, words <= 1 ? 1 : 0, event.date.inferred ? 1 : 0, precisionRank(event.date.precision)];
}

/** Whether `a`'s title (and the summary read with it) serves better than `b`'s; the title text breaks ties, so the choice never depends on merge order. */
export function titlesBetter(a: ExtractedEvent, b: ExtractedEvent): boolean {
  const [x, y] = [titleRank(a), titleRank(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i];
  return a.title === b.title ? a.summary <= b.summary : a.title < b.title;
}
