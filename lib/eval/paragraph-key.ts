import type { ParagraphRef } from './types';

/** Set key for a paragraph; events are compared by paragraph, never by quote or offset. */
export function paragraphKey(ref: ParagraphRef): string {
  return `${ref.source}#${ref.paragraph}`;
}

/** The distinct paragraphs of a citation list (an event may quote one paragraph twice), sorted. */
export function distinctParagraphs(citations: readonly ParagraphRef[]): ParagraphRef[] {
  const byKey = new Map<string, ParagraphRef>();
  for (const { source, paragraph } of citations) byKey.set(paragraphKey({ source, paragraph }), { source, paragraph });
  return [...byKey.values()].sort(compareParagraphs);
}

export function compareParagraphs(a: ParagraphRef, b: ParagraphRef): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.paragraph - b.paragraph;
}
