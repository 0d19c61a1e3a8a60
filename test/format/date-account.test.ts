import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateAccount } from '../../lib/format/date-account';

describe('dateAccount', () => {
  it('tells the date with year and precision, as written, and how it was worked out', () => {
    assert.equal(
      dateAccount({ start: '2023-01-01', end: '2023-01-31', precision: 'month', dateText: 'January', inferred: { rule: 'earlier-full-date', anchor: '“January 2023” (¶25)' } }),
      'January 2023 (month); as written: “January”; year taken from an earlier full date in the article, “January 2023” (¶25)',
    );
  });

  it('negative: says nothing of an inference for a date the text stated', () => {
    assert.equal(
      dateAccount({ start: '1979-01-01', end: '1979-12-31', precision: 'year', dateText: '1979', inferred: null }),
      '1979 (year); as written: “1979”',
    );
  });
});
