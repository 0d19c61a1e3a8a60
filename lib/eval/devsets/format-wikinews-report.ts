import { percent } from '../thresholds';
import type { Ratio } from '../types';
import type { WikinewsReport } from './wikinews';

/** The wikinews-apple section of the eval report: headline figures and one line per entity. */
export function formatWikinewsReport(report: WikinewsReport): string {
  const { anchoring, timelines } = report;
  const lines = [
    `wikinews-apple: ${report.articles} articles, ${report.extractedEvents} extracted events`,
    `  Anchoring: ${anchoring.dated.length} dated (article, ¶, date) triples; ${anchoring.uncalendared.length} more with no calendar value left out`,
    score('recall (¶)', anchoring.paragraph),
    score('recall (words)', anchoring.eventWords),
    score('exact date', anchoring.exact),
    `    misses: ${anchoring.uncited.length} paragraphs no event cites, ${anchoring.otherDate.length} cited at another date`,
    `  Entity timelines${' '.repeat(10)}recall        exact         undated       precision     found by`,
    ...timelines.entities.map((entity) =>
      [
        `    ${entity.entity.padEnd(24)}`,
        cell(entity.recall),
        cell(entity.exact),
        cell(entity.undated),
        entity.precision.total === 0 ? '—'.padEnd(14) : cell(entity.precision),
        entity.foundBy === 'actor' ? `actor ${entity.actorSlugs.join(', ')}` : 'quote search',
      ].join(''),
    ),
    `    ${'macro'.padEnd(24)}${percent(timelines.macroRecall).padEnd(42)}${percent(timelines.macroPrecision)}`,
  ];
  return lines.join('\n');
}

function score(name: string, value: Ratio): string {
  return `    ${name.padEnd(16)}${percent(value.share).padStart(7)}  (${value.hits}/${value.total})`;
}

function cell(value: Ratio): string {
  return `${percent(value.share)} ${value.hits}/${value.total}`.padEnd(14);
}
