import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timelineDateSpan, timexValueSpan } from '../../../lib/eval/devsets/timeml-span';

describe('timexValueSpan', () => {
  it('reads days, days with a time of day, months, years, decades, ISO weeks and quarters', () => {
    const spans = ['2008-06-09', '2008-01-09TMO', '2008-02', '2011-06-XX', '2006', '200', '2006-W14', '2009-W01', '2006-Q4'].map(timexValueSpan);
    assert.deepEqual(spans, [
      { start: '2008-06-09', end: '2008-06-09', precision: 'day' },
      { start: '2008-01-09', end: '2008-01-09', precision: 'day' },
      { start: '2008-02-01', end: '2008-02-29', precision: 'month' },
      { start: '2011-06-01', end: '2011-06-30', precision: 'month' },
      { start: '2006-01-01', end: '2006-12-31', precision: 'year' },
      { start: '2000-01-01', end: '2009-12-31', precision: 'decade' },
      { start: '2006-04-03', end: '2006-04-09', precision: 'week' },
      { start: '2008-12-29', end: '2009-01-04', precision: 'week' },
      { start: '2006-10-01', end: '2006-12-31', precision: 'approximate' },
    ]);
  });

  it('gives no span for values that are no calendar span', () => {
    for (const value of ['PRESENT_REF', 'PAST_REF', 'FUTURE_REF', 'XXXX-XX-XX', 'FY2007', 'PXD', '', '2008-6-9']) {
      assert.equal(timexValueSpan(value), null, value);
    }
  });
});

describe('timelineDateSpan', () => {
  it('reads the known parts of a padded timeline date', () => {
    assert.deepEqual(timelineDateSpan('2008-06-09'), { start: '2008-06-09', end: '2008-06-09', precision: 'day' });
    assert.deepEqual(timelineDateSpan('2006-01-XX'), { start: '2006-01-01', end: '2006-01-31', precision: 'month' });
    assert.deepEqual(timelineDateSpan('1968-XX-XX'), { start: '1968-01-01', end: '1968-12-31', precision: 'year' });
  });

  it('gives no span for an undated row', () => {
    assert.equal(timelineDateSpan('XXXX-XX-XX'), null);
  });
});
