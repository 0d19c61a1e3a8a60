import type { ExtractedEvent } from '../types';

/**
 * What identifies a happening independently of which articles report it: its date, its actors and
 * the family of its event word. Citations are left out so that adding an unrelated article keeps ids.
 */
export function canonicalKey(event: ExtractedEvent): string {
  const { start, end, precision } = event.date;
  return [start, end, precision, [...event.actors].sort().join(','), event.signature?.family ?? 'reference'].join('|');
}
