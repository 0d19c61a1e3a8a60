// What the wikinews-apple scores missed, with the sentences to read: for `npm run eval -- --explain wikinews`.
import type { ExtractedEvent } from '../../extract/types';
import { extractedSpan, formatSpan } from '../date-span';
import type { DateSpan } from '../types';
import type { WikinewsReport } from './wikinews';

/** `paragraph(source, n)` gives paragraph n of an article (1-based), or undefined. */
export function explainWikinews(report: WikinewsReport, paragraph: (source: string, number: number) => string | undefined): string {
  const lines: string[] = [];
  const text = (source: string, number: number) => `      “${paragraph(source, number) ?? '(no such paragraph)'}”`;
  const { anchoring } = report;
  lines.push(`Anchoring: paragraphs no event cites (${anchoring.uncited.length})`);
  for (const triple of anchoring.uncited) {
    lines.push(`    ${triple.source} ¶${triple.paragraph} ${triple.value} “${triple.timexes.map((t) => t.text).join('”, “')}” — ${words(triple.mentions)}`, text(triple.source, triple.paragraph));
  }
  lines.push(`Anchoring: paragraphs cited at another date (${anchoring.otherDate.length})`);
  for (const { triple, dates } of anchoring.otherDate) {
    lines.push(`    ${triple.source} ¶${triple.paragraph} gold ${triple.value}, cited at ${spans(dates)} — ${words(triple.mentions)}`, text(triple.source, triple.paragraph));
  }
  for (const entity of report.timelines.entities) {
    lines.push(`${entity.entity}: dated rows missed (${entity.missedRows.length})`);
    for (const { row, dates } of entity.missedRows) {
      const cited = dates.length === 0 ? 'not cited' : `cited at ${spans(dates)}`;
      lines.push(`    ${row.date} ${cited} — ${row.mentions.map((m) => `${m.slug} ¶${m.paragraph} “${m.text}”`).join('; ')}`);
      for (const mention of row.mentions) lines.push(text(mention.slug, mention.paragraph));
    }
    lines.push(`${entity.entity}: events citing none of its rows (${entity.unmatchedEvents.length})`);
    for (const event of entity.unmatchedEvents) lines.push(`    ${describe(event)}`);
  }
  return lines.join('\n');
}

function words(mentions: readonly { text: string }[]): string {
  return mentions.map((mention) => mention.text).join(', ');
}

function spans(dates: readonly DateSpan[]): string {
  return dates.map(formatSpan).join(', ');
}

function describe(event: ExtractedEvent): string {
  const cited = event.citations.map((c) => `${c.source} ¶${c.paragraph}`).join('; ');
  return `${formatSpan(extractedSpan(event))} ${cited}: “${event.citations[0]?.quote ?? ''}”`;
}
