import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, exportFileName, parseExportFormat } from '../../lib/export/formats';
import { ParameterError } from '../../lib/query/parameter-error';
import { ORDINARY_EVENTS, exportInput } from './fixtures';

describe('export formats', () => {
  it('offers json, csv, ics and timelinejs, each with its own file name', () => {
    assert.deepEqual(EXPORT_FORMAT_NAMES, ['json', 'csv', 'ics', 'timelinejs']);
    assert.deepEqual(EXPORT_FORMAT_NAMES.map(exportFileName), [
      'chronocite-events.json', 'chronocite-events.csv', 'chronocite-events.ics', 'chronocite-events.timeline.json',
    ]);
    assert.match(EXPORT_FORMATS.ics.contentType, /^text\/calendar; charset=utf-8/);
    assert.match(EXPORT_FORMATS.csv.contentType, /^text\/csv; charset=utf-8/);
  });

  it('renders JSON as the documented { sources, events } with citations', () => {
    const input = exportInput(ORDINARY_EVENTS);
    const json = JSON.parse(EXPORT_FORMATS.json.render(input));
    assert.deepEqual(Object.keys(json), ['sources', 'events']);
    assert.equal(json.events.length, ORDINARY_EVENTS.length);
    assert.deepEqual(json.events[0].citations[0], {
      source: 'jpost-meetings', paragraph: 3, quote: 'The attack began on October 7.', start: 0, end: 37, stance: 'reported', claimant: 'Ruritanian officials',
      role: 'report', roleBasis: null,
    });
    assert.deepEqual([json.events[0].sourceCount, json.events[0].passageCount, json.events[0].mentionCount], [2, 2, 0]);
  });

  it('reads format names and rejects missing or unknown ones, naming the parameter', () => {
    assert.equal(parseExportFormat('timelinejs'), 'timelinejs');
    for (const bad of [null, undefined, '', 'xml', 'JSON', 'toString', '__proto__']) {
      assert.throws(
        () => parseExportFormat(bad, '--format'),
        (error: unknown) => error instanceof ParameterError && error.parameter === '--format',
        String(bad),
      );
    }
  });
});
