import type { ExtractedEvent } from '../types';
import { mergeInto } from './merge-into';
import { datesOverlap } from './dates-overlap';
import { precisionRank } from './precision-rank';

/**
 * Bare date references ("since October 7") become citations of the happening the article reports
 * on that date: the one whose date matches most closely, then the most cited. Unmatched ones are dropped.
 */
export function resolveReferences(events: ExtractedEvent[], references: ExtractedEvent[]): ExtractedEvent[] {
  const resolved = [...events];
  for (const reference of references) {
    const matches = resolved
      .map((event, index) => ({ event, index }))
      .filter(({ event }) => datesOverlap(event.date, reference.date))
      .sort((a, b) => closeness(a.event, reference) - closeness(b.event, reference) || b.event.citations.length - a.event.citations.length || a.index - b.index);
    const target = matches[0];
    if (!target) continue;
    const merged = mergeInto(target.event, reference);
    // The reference only adds a citation: the happening keeps its own date, title and actors.
    resolved[target.index] = { ...target.event, citations: merged.citations, rules: [...new Set([...merged.rules, 'merge:date-reference'])].sort() };
  }
  return resolved;
}

function closeness(event: ExtractedEvent, reference: ExtractedEvent): number {
  const sameStart = event.date.start === reference.date.start && event.date.end === reference.date.end ? 0 : 1;
  return sameStart * 10 + Math.abs(precisionRank(event.date.precision) - precisionRank(reference.date.precision));
}
