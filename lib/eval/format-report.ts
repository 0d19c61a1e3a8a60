import { formatSpan } from './date-span';
import { percent } from './thresholds';
import type { EvalReport, ParagraphRef, Ratio, UnmatchedEvent } from './types';

/** The report as plain text: headline scores, then every problem with the paragraphs to look at. */
export function formatReport(report: EvalReport): string {
  const lines = [
    `Gold events: ${report.goldCount}   extracted events: ${report.extractedCount}   matched pairs: ${report.matches.length}`,
    '',
    score('precision', report.precision),
    score('recall', report.recall),
    score('exact-date share', report.exactDateShare),
    score('merges', report.merges),
    `  ${'wrong merges'.padEnd(18)}${String(report.wrongMerges.length).padStart(7)}`,
    score('actor precision', report.actorPrecision),
    score('actor recall', report.actorRecall),
    score('citation recall', report.citationRecall),
  ];

  section(lines, 'Date mismatches', report.dateMismatches, (pair) => [
    `${pair.goldId} ≠ ${pair.extractedId}: gold ${formatSpan(pair.gold)}, extracted ${formatSpan(pair.extracted)}`,
    `  at ${refs(pair.shared)}`,
  ]);
  section(lines, 'Missed merges', report.missedMerges, (missed) => [
    `${missed.goldId}: sources ${missed.sources.join(', ')}`,
    ...(missed.holders.length === 0
      ? ['  no extracted event cites it']
      : missed.holders.map((holder) => `  ${holder.extractedId} covers ${holder.sources.join(', ')}`)),
  ]);
  section(lines, 'Wrong merges', report.wrongMerges, (wrong) => [
    `${wrong.extractedId} joins ${wrong.hits.map((hit) => hit.goldId).join(' + ')}`,
    ...wrong.hits.map((hit) => `  ${hit.goldId}: ${refs(hit.citations)}`),
  ]);
  section(lines, 'Unmatched gold events (missed)', report.unmatchedGold, unmatched);
  section(lines, 'Unmatched extracted events (spurious)', report.unmatchedExtracted, unmatched);
  return lines.join('\n');
}

function score(name: string, value: Ratio): string {
  return `  ${name.padEnd(18)}${percent(value.share).padStart(7)}  (${value.hits}/${value.total})`;
}

function section<T>(lines: string[], title: string, items: readonly T[], render: (item: T) => string[]): void {
  if (items.length === 0) return;
  lines.push('', `${title} (${items.length})`);
  for (const item of items) lines.push(...render(item).map((line) => `  ${line}`));
}

function unmatched(event: UnmatchedEvent): string[] {
  return [`${event.id} ${formatSpan(event.date)} — ${event.label}`, `  at ${refs(event.citations)}`];
}

function refs(citations: readonly ParagraphRef[]): string {
  return citations.map((ref) => `${ref.source} ¶${ref.paragraph}`).join('; ');
}
