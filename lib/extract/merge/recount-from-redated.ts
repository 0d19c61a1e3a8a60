import { resolve } from '../dates/refiners/relative-to-previous-event';
import type { ExtractedEvent } from '../types';
import { citationKey } from './citation-key';

/**
 * "Just days before the operation" was counted from the attack as the article dated it; when a
 * later stage re-dates that attack (known-happenings gives "the Oct. 7 attack" the year another
 * report states), the offset is counted again from the new date. Chains ("days after" a date that
 * was itself counted) settle in as many rounds as they are long.
 */
export function recountFromRedated(events: ExtractedEvent[]): ExtractedEvent[] {
  let current = events;
  for (let round = 0; round < events.length; round++) {
    const next = recountOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

function recountOnce(events: ExtractedEvent[]): ExtractedEvent[] {
  const byCitation = new Map<string, ExtractedEvent>();
  for (const event of events) for (const citation of event.citations) byCitation.set(citationKey(citation), event);
  let changed = false;
  const recounted = events.map((event) => {
    const { anchoring } = event;
    const anchor = anchoring && byCitation.get(anchoring.citation);
    // Only a date that is still the count (not one a caption or a merge replaced) is counted again.
    if (!anchoring || !anchor || anchor === event || event.date.inferred?.rule !== 'relative-to-previous-event') return event;
    const { start, end, precision } = anchor.date;
    if (start === anchoring.from.start && end === anchoring.from.end && precision === anchoring.from.precision) return event;
    changed = true;
    const span = resolve(anchoring.offset, anchor.date);
    return {
      ...event,
      date: { ...event.date, start: span.start, end: span.end, precision: span.precision },
      anchoring: { ...anchoring, from: { start, end, precision } },
      rules: event.rules.includes('date:recounted') ? event.rules : [...event.rules, 'date:recounted'],
    };
  });
  return changed ? recounted : events;
}
