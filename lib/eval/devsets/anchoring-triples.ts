// Which gold event mentions carry which date: the (article, paragraph, date) triples anchoring recall counts.
import type { DateSpan } from '../types';
import { timexValueSpan } from './timeml-span';
import type { GoldEventMention, GoldTimex, WikinewsGold } from './wikinews-gold';

/** A date the gold ties to event words in one paragraph. */
export interface AnchoringTriple {
  source: string;
  paragraph: number;
  /** The TimeML value; `date` is its span, null when the value is no calendar span (`PRESENT_REF`). */
  value: string;
  date: DateSpan | null;
  /** The timexes written for it in the paragraph (one value may be written twice). */
  timexes: GoldTimex[];
  /** The event words tied to it. */
  mentions: GoldEventMention[];
}

/**
 * Each wikinews paragraph is one sentence, so "same sentence" is "same paragraph". An event
 * mention is tied to the DATE timex of its paragraph nearest to it (characters between the two
 * spans, 0 when they touch; on a tie the earlier timex, since English puts a date after the words
 * it dates as often as before, and the earlier one is read first). Mentions in a paragraph without
 * a DATE timex are undated in the text and make no triple. Mentions tied to the same value in the
 * same paragraph make one triple. Sorted by source, paragraph, then first timex offset.
 */
export function anchoringTriples(gold: WikinewsGold): AnchoringTriple[] {
  const triples = new Map<string, AnchoringTriple>();
  for (const source of Object.keys(gold.events).sort()) {
    const dates = (gold.timexes[source] ?? []).filter((timex) => timex.type === 'DATE' && timex.value !== null);
    for (const mention of gold.events[source]) {
      const timex = nearestTimex(mention, dates.filter((candidate) => candidate.paragraph === mention.paragraph));
      if (!timex) continue;
      const value = timex.value as string;
      const key = `${source}#${mention.paragraph}#${value}`;
      const triple = triples.get(key) ?? { source, paragraph: mention.paragraph, value, date: timexValueSpan(value), timexes: [], mentions: [] };
      if (!triple.timexes.includes(timex)) triple.timexes.push(timex);
      triple.mentions.push(mention);
      triples.set(key, triple);
    }
  }
  return [...triples.values()].sort(compareTriples);
}

function nearestTimex(mention: GoldEventMention, timexes: GoldTimex[]): GoldTimex | null {
  return [...timexes].sort((a, b) => gap(mention, a) - gap(mention, b) || a.start - b.start)[0] ?? null;
}

function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

function compareTriples(a: AnchoringTriple, b: AnchoringTriple): number {
  if (a.source !== b.source) return a.source < b.source ? -1 : 1;
  return a.paragraph - b.paragraph || a.timexes[0].start - b.timexes[0].start;
}
