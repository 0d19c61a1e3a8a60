import { compareCitations } from '../merge/compare-citations';
import type { ExtractedEvent } from '../types';
import { canonicalKey } from './canonical-key';
import { hashId } from './hash-id';

/**
 * Stable ids from each event's canonical key. Events sharing a key (two happenings alike in date,
 * actors and kind) are told apart by a suffix in citation order: `evt_…`, `evt_…-2`, …
 */
export function assignIds(events: ExtractedEvent[]): ExtractedEvent[] {
  const withIds = events.map((event) => ({ event, id: hashId(canonicalKey(event)) }));
  const order = [...withIds].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : compareCitations(a.event.citations[0], b.event.citations[0])));
  const seen = new Map<string, number>();
  const ids = new Map<ExtractedEvent, string>();
  for (const { event, id } of order) {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    ids.set(event, count === 1 ? id : `${id}-${count}`);
  }
  return events.map((event) => ({ ...event, id: ids.get(event)! }));
}
