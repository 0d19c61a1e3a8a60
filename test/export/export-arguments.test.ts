import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseExportArguments } from '../../lib/export/export-arguments';
import { DEFAULT_SITE_URL } from '../../lib/export/site-url';
import { EMPTY_FILTER } from '../../lib/query/event-filter';
import { ParameterError } from '../../lib/query/parameter-error';

function flagError(parameter: string, reason?: RegExp) {
  return (error: unknown) =>
    error instanceof ParameterError && error.parameter === parameter && (reason === undefined || reason.test(error.reason));
}

describe('parseExportArguments', () => {
  it('defaults to JSON of every event on standard output, linking to the local app', () => {
    assert.deepEqual(parseExportArguments([], {}), { format: 'json', out: null, siteUrl: DEFAULT_SITE_URL, filter: EMPTY_FILTER });
  });

  it('links to SITE_URL when no --site-url is given, and --site-url wins over it', () => {
    const env = { SITE_URL: 'https://timeline.example/' };
    assert.equal(parseExportArguments([], env).siteUrl, 'https://timeline.example');
    assert.equal(parseExportArguments(['--site-url', 'https://other.example'], env).siteUrl, 'https://other.example');
  });

  it('negative: a SITE_URL that is no http(s) URL stops the export, naming SITE_URL', () => {
    assert.throws(() => parseExportArguments([], { SITE_URL: 'ftp://x.example' }), /^Error: SITE_URL must be an http or https URL$/);
    assert.throws(() => parseExportArguments([], { SITE_URL: 'not a url' }), /SITE_URL "not a url" is not a URL/);
  });

  it('reads the API filter from flags of the same names', () => {
    const args = parseExportArguments([
      '--format', 'ics', '--out', 'x.ics', '--site-url', 'https://news.example/timeline/',
      '--actor', 'hamas', '--actor', 'iran', '--mode', 'all', '--affiliated', 'false', '--source', 'jpost',
      '--from', '2023', '--to', '2024-02', '--q', '  met  Haniyeh ', '--precision', 'day', '--precision', 'month',
    ]);
    assert.deepEqual(args, {
      format: 'ics',
      out: 'x.ics',
      siteUrl: 'https://news.example/timeline',
      filter: {
        actors: ['hamas', 'iran'],
        mode: 'all',
        affiliated: false,
        sources: ['jpost'],
        from: '2023-01-01',
        to: '2024-02-29',
        q: 'met Haniyeh',
        precisions: ['day', 'month'],
      },
    });
  });

  it('names the flag when a filter value is bad', () => {
    assert.throws(() => parseExportArguments(['--from', '2023-13']), flagError('--from', /month 13/));
    assert.throws(() => parseExportArguments(['--to', 'last week']), flagError('--to', /YYYY/));
    assert.throws(() => parseExportArguments(['--from', '2024', '--to', '2023']), flagError('--to', /before/));
    assert.throws(() => parseExportArguments(['--actor', 'Hamas!']), flagError('--actor', /slug/));
    assert.throws(() => parseExportArguments(['--precision', 'hour']), flagError('--precision'));
    assert.throws(() => parseExportArguments(['--mode', 'some']), flagError('--mode'));
  });

  it('refuses a single-valued flag given twice rather than keep one silently', () => {
    assert.throws(() => parseExportArguments(['--from', '2023', '--from', '2024']), flagError('--from', /only once/));
  });

  it('names the flag when the format or site URL is bad', () => {
    assert.throws(() => parseExportArguments(['--format', 'xml']), flagError('--format', /json, csv, ics, timelinejs/));
    assert.throws(() => parseExportArguments(['--site-url', 'javascript:alert(1)']), flagError('--site-url', /http/));
    assert.throws(() => parseExportArguments(['--site-url', 'not a url']), flagError('--site-url'));
    assert.throws(() => parseExportArguments(['--site-url', 'https://x.example/?a=1']), flagError('--site-url'));
  });

  it('refuses unknown flags, missing values and stray arguments, naming them', () => {
    assert.throws(() => parseExportArguments(['--actors', 'hamas']), /Unknown option '--actors'/);
    assert.throws(() => parseExportArguments(['--actor']), /--actor/);
    assert.throws(() => parseExportArguments(['hamas']), /Unexpected argument 'hamas'/);
  });
});
