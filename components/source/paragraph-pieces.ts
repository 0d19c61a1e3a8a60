import type { SourceParagraph } from '@/lib/db/queries';

/** A run of paragraph text and the events whose quotes cover all of it. */
export interface Piece {
  start: number;
  text: string;
  eventIds: string[];
}

/** The events quoted in a paragraph, once each, in the order their first quote starts. */
export function quotedEvents({ quotes }: SourceParagraph): { id: string; title: string }[] {
  const events = new Map<string, string>();
  for (const quote of [...quotes].sort((a, b) => a.start - b.start)) events.set(quote.eventId, quote.eventTitle);
  return [...events].map(([id, title]) => ({ id, title }));
}

/** Cuts the paragraph at every quote boundary; overlapping quotes share the pieces they overlap. */
export function splitByQuotes({ text, quotes }: SourceParagraph): Piece[] {
  const cuts = new Set([0, text.length]);
  for (const quote of quotes) cuts.add(quote.start).add(quote.end);
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const [start, end] = [sorted[i], sorted[i + 1]];
    const eventIds = quotes.filter((q) => q.start <= start && q.end >= end).map((q) => q.eventId);
    pieces.push({ start, text: text.slice(start, end), eventIds: [...new Set(eventIds)] });
  }
  return pieces;
}
