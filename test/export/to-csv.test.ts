import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, toCsv } from '../../lib/export/to-csv';
import { FORMULA_QUOTES, HOSTILE_EVENT, HOSTILE_QUOTES, MARKUP_QUOTES, ORDINARY_EVENTS, exportInput } from './fixtures';

type Row = Record<string, string>;

function parseCsv(text: string): Row[] {
  return parse(text, { bom: true, columns: true, relax_column_count: false }) as Row[];
}

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark and a header row of the documented columns', () => {
    const text = toCsv(exportInput(ORDINARY_EVENTS));
    assert.ok(text.startsWith('\uFEFF'));
    const [header] = parse(text, { bom: true, to_line: 1 }) as string[][];
    assert.deepEqual(header, [...CSV_COLUMNS]);
  });

  it('writes one row per event–citation with the event repeated on each', () => {
    const rows = parseCsv(toCsv(exportInput(ORDINARY_EVENTS)));
    const citations = ORDINARY_EVENTS.reduce((n, event) => n + event.citations.length, 0);
    assert.equal(rows.length, citations);
    const [first, second] = rows;
    assert.deepEqual(first, {
      event_id: 'evt_day',
      title: 'Attack',
      date: '7 October 2023 (day)',
      start: '2023-10-07',
      end: '2023-10-07',
      precision: 'day',
      date_as_written: 'October 7',
      date_inferred_by: 'year taken from the same sentence',
      date_inferred_from: '“2023” (¶6)',
      actors: 'Hamas; Iran',
      source: 'jpost-meetings',
      source_title: 'Top officials met 4 times in 2023',
      publisher: 'The Jerusalem Post',
      paragraph: '3',
      quote: 'The attack began on October 7.',
      stance: 'reported',
      link: 'https://chronocite.example/sources/jpost-meetings#p-3',
      source_count: '2',
      passage_count: '2',
      role: 'report',
      claimant: 'Ruritanian officials',
    });
    assert.equal(second.event_id, 'evt_day');
    assert.equal(second.source, 'analysis');
    assert.equal(second.publisher, '');
    assert.equal(second.link, 'https://chronocite.example/sources/analysis#p-12');
  });

  it('gives each row the event\'s source and passage counts and whether its passage reports or only mentions it', () => {
    const [day] = ORDINARY_EVENTS;
    const mentioned = { ...day, sourceCount: 1, passageCount: 1, mentionCount: 1, citations: [day.citations[0], { ...day.citations[1], role: 'mention' as const, roleBasis: 'since October 7' }] };
    const rows = parseCsv(toCsv(exportInput([mentioned])));
    assert.deepEqual(rows.map((row) => [row.source, row.source_count, row.passage_count, row.role]), [
      ['jpost-meetings', '1', '1', 'report'],
      ['analysis', '1', '1', 'mention'],
    ]);
  });

  it('writes every date with its year and precision, the way it was worked out in words', () => {
    const rows = parseCsv(toCsv(exportInput(ORDINARY_EVENTS)));
    const dates = Object.fromEntries(rows.map((row) => [row.event_id, row.date]));
    assert.deepEqual(dates, {
      evt_day: '7 October 2023 (day)',
      evt_week: '1–7 April 2023 (week)',
      evt_month: 'February 2023 (month)',
      evt_season: 'June – August 2006 (season)',
      evt_year: '1987 (year)',
      evt_decade: '1990s (decade)',
      evt_approx: 'about 30 September – 6 October 2017',
    });
    for (const row of rows) assert.doesNotMatch(row.date_inferred_by, /-/, 'no rule name reaches the file');
  });

  it('leaves inferred fields empty for dates the text stated', () => {
    const row = parseCsv(toCsv(exportInput(ORDINARY_EVENTS))).find((r) => r.event_id === 'evt_month');
    assert.equal(row?.date_inferred_by, '');
    assert.equal(row?.date_inferred_from, '');
  });

  it('keeps an event that cites nothing as one row with empty citation cells', () => {
    const rows = parseCsv(toCsv(exportInput([{ ...ORDINARY_EVENTS[0], citations: [] }])));
    assert.equal(rows.length, 1);
    assert.equal(rows[0].event_id, 'evt_day');
    assert.equal(rows[0].quote, '');
    assert.equal(rows[0].link, '');
  });

  it('round-trips quotes with commas, quotation marks and newlines, and defuses formulas', () => {
    const rows = parseCsv(toCsv(exportInput([HOSTILE_EVENT])));
    assert.equal(rows.length, HOSTILE_QUOTES.length);
    const quotes = rows.map((row) => row.quote);
    assert.deepEqual(quotes, [...MARKUP_QUOTES, ...FORMULA_QUOTES.map((quote) => `'${quote}`)]);
    for (const row of rows) {
      assert.equal(row.actors, "'=evil()");
      assert.equal(row.publisher, "'@Publisher");
      assert.equal(row.source_title, '<i>Title</i> "quoted"');
    }
  });

  it('leaves no cell of any row starting as a formula', () => {
    const rows = parseCsv(toCsv(exportInput([HOSTILE_EVENT, ...ORDINARY_EVENTS])));
    for (const row of rows) {
      for (const [column, cell] of Object.entries(row)) {
        assert.doesNotMatch(cell, /^(?:[\t\r]|\s*[=+\-@＝＋－＠])/, `${row.event_id} ${column}`);
      }
    }
  });

  it('gives only the header for no events', () => {
    const text = toCsv(exportInput([]));
    assert.equal(parseCsv(text).length, 0);
    assert.equal(text, `\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });
});
