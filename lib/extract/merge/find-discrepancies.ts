import type { Discrepancy, ExtractedEvent } from '../types';

/** Measures whose values differ between an event's citations ("over 1,200" killed vs "1,400"). */
export function findDiscrepancies(event: ExtractedEvent): Discrepancy[] {
  const byMeasure = new Map<string, Discrepancy['values']>();
  for (const citation of event.citations) {
    for (const figure of citation.figures) {
      const values = byMeasure.get(figure.measure) ?? [];
      values.push({ value: figure.value, text: figure.text, source: citation.source, paragraph: citation.paragraph });
      byMeasure.set(figure.measure, values);
    }
  }
  return [...byMeasure]
    .filter(([, values]) => new Set(values.map((v) => v.value)).size > 1)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([measure, values]) => ({ measure, values }));
}
