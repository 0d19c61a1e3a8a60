import { mergeActors } from '../merge/merge-actors';
import type { ExtractedEvent } from '../types';

/**
 * What identifies a happening independently of which articles report it: its date, the actors its
 * clauses name and the family of its event word. Citations are left out so that adding an unrelated
 * article keeps ids; every named actor, not only the participants, so that reading the participants
 * better keeps ids too.
 */
export function canonicalKey(event: ExtractedEvent): string {
  const { start, end, precision } = event.date;
  return [start, end, precision, [...mergeActors(event)].sort().join(','), event.signature?.family ?? 'reference'].join('|');
}
