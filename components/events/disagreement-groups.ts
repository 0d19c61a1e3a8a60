import type { DiscrepancyView } from '@/lib/db/queries';

export interface FigureGroup {
  /** As written, e.g. `over 1,200`. */
  text: string;
  /** The passages that give it, in the order the event cites them. */
  places: { source: string; sourceTitle: string; paragraph: number }[];
}

/**
 * One disagreement's values grouped by the figure as written, smallest value first, so that
 * "over 1,200 (A, ¶1; B, ¶1) · 1,400 (C, ¶4)" lists each figure once with every source giving it.
 * No figure is put first for being more often given: the order says nothing about which is right.
 */
export function disagreementGroups(discrepancy: DiscrepancyView): FigureGroup[] {
  const groups = new Map<string, FigureGroup & { value: number }>();
  for (const value of discrepancy.values) {
    const key = `${value.value}\u0000${value.text}`;
    const group = groups.get(key) ?? { text: value.text, value: value.value, places: [] };
    group.places.push({ source: value.source, sourceTitle: value.sourceTitle, paragraph: value.paragraph });
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.value - b.value || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .map(({ text, places }) => ({ text, places }));
}
