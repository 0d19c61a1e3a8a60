import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compatibleDates, exactDates } from '../../../lib/eval/devsets/date-compatibility';
import type { DateSpan } from '../../../lib/eval/types';

const span = (start: string, end: string, precision: DateSpan['precision'] = 'day'): DateSpan => ({ start, end, precision });
const DAY = span('2008-06-09', '2008-06-09');
const MONTH = span('2008-06-01', '2008-06-30', 'month');

describe('compatibleDates', () => {
  it('accepts a system span containing the gold day, or a system day inside the gold month', () => {
    assert.equal(compatibleDates(DAY, MONTH), true);
    assert.equal(compatibleDates(MONTH, DAY), true);
    assert.equal(compatibleDates(DAY, DAY), true);
  });

  it('refuses disjoint spans and spans that only overlap', () => {
    assert.equal(compatibleDates(DAY, span('2008-06-10', '2008-06-10')), false);
    assert.equal(compatibleDates(MONTH, span('2008-05-26', '2008-06-01', 'week')), false);
    assert.equal(compatibleDates(MONTH, span('2008-07-01', '2008-07-31', 'month')), false);
  });
});

describe('exactDates', () => {
  it('wants the same days, whatever the precision label', () => {
    assert.equal(exactDates(DAY, DAY), true);
    assert.equal(exactDates(MONTH, span('2008-06-01', '2008-06-30', 'approximate')), true);
    assert.equal(exactDates(DAY, MONTH), false);
    assert.equal(exactDates(MONTH, DAY), false);
  });
});
