// CSV for spreadsheets: one row per event–citation, so each quote sits next to its source, paragraph
// and link and can be sorted and checked on its own.
import { stringify } from 'csv-stringify/sync';
import type { CitationView, TimelineEvent } from '../db/queries';
import { dateWithPrecision, isoDatesInWords } from '../format/format-date';
import { ruleInWords } from '../format/inference-in-words';
import type { ExportInput } from './export-input';
import { paragraphLink } from './paragraph-link';
import { spreadsheetSafe } from './spreadsheet-safe';

export const CSV_COLUMNS = [
  'event_id', 'title', 'date', 'start', 'end', 'precision', 'date_as_written', 'date_inferred_by', 'date_inferred_from',
  'actors', 'source', 'source_title', 'publisher', 'paragraph', 'quote', 'stance', 'link',
  'source_count', 'passage_count', 'role', 'claimant',
] as const;

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number>;

/** The events as RFC 4180 CSV with a header row and a UTF-8 byte order mark (Excel reads it as UTF-8). */
export function toCsv({ events, siteUrl }: Pick<ExportInput, 'events' | 'siteUrl'>): string {
  const rows = events.flatMap((event) =>
    // An event always cites something; should one not, it still gets a row rather than vanish.
    event.citations.length === 0 ? [eventRow(event, null, siteUrl)] : event.citations.map((c) => eventRow(event, c, siteUrl)),
  );
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: 'windows',
    // Every text cell, quotes and titles above all, is article text a spreadsheet must not run.
    cast: { string: spreadsheetSafe },
  });
}

function eventRow(event: TimelineEvent, citation: CitationView | null, siteUrl: string): CsvRow {
  return {
    event_id: event.id,
    title: event.title,
    date: dateWithPrecision(event),
    start: event.start,
    end: event.end,
    precision: event.precision,
    date_as_written: event.dateText,
    date_inferred_by: event.inferred ? ruleInWords(event.inferred.rule) : '',
    date_inferred_from: event.inferred ? isoDatesInWords(event.inferred.anchor) : '',
    actors: event.actors.map((actor) => actor.name).join('; '),
    source: citation?.source ?? '',
    source_title: citation?.sourceTitle ?? '',
    publisher: citation?.publisher ?? '',
    paragraph: citation?.paragraph ?? '',
    quote: citation?.quote ?? '',
    stance: citation?.stance ?? '',
    claimant: citation?.claimant ?? '',
    link: citation ? paragraphLink(siteUrl, citation.source, citation.paragraph) : '',
    source_count: event.sourceCount,
    passage_count: event.passageCount,
    role: citation?.role ?? '',
  };
}
