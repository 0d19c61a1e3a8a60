import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertDate, spans } from './helpers';

const ESTIMATE = { referenceDate: '2025-02-15', referenceLabel: 'estimated publication date', referenceEstimated: true };

describe('referencePrecision', () => {
  it('defaults to day', () => {
    assertDate('on Sunday', ['Sunday', '2025-02-09', '2025-02-09', 'day'], ESTIMATE);
  });
  it('makes a weekday the reference month when the reference is known only to the month', () => {
    const mention = assertDate('on Sunday', ['Sunday', '2025-02-01', '2025-02-28', 'month'], { ...ESTIMATE, referencePrecision: 'month' });
    assert.deepEqual(mention.date.inferred, { rule: 'weekday-from-reference', anchor: 'estimated publication date (known only to the month)' });
  });
  it('makes this week the reference year when the reference is known only to the year', () => {
    const mention = assertDate('this week', ['this week', '2025-01-01', '2025-12-31', 'year'], { ...ESTIMATE, referencePrecision: 'year' });
    assert.deepEqual(mention.date.inferred, { rule: 'relative-to-reference', anchor: 'estimated publication date (known only to the year)' });
  });
  it('names an estimate without its value (the source keeps its one value), and quotes a given date', () => {
    const estimated = assertDate('on Sunday', ['Sunday', '2025-02-09', '2025-02-09', 'day'], ESTIMATE);
    assert.deepEqual(estimated.date.inferred, { rule: 'weekday-from-reference', anchor: 'estimated publication date' });
    const given = { referenceDate: '2025-02-01', referenceLabel: 'publication date', referencePrecision: 'month' as const };
    const stated = assertDate('on Sunday', ['Sunday', '2025-02-01', '2025-02-28', 'month'], given);
    assert.deepEqual(stated.date.inferred, { rule: 'weekday-from-reference', anchor: 'publication date 2025-02 (known only to the month)' });
  });
  it('widens finer offsets and keeps coarser ones', () => {
    assert.deepEqual(spans('two days ago; last month; this year; two years ago', { ...ESTIMATE, referencePrecision: 'month' }), [
      ['two days ago', '2025-02-01', '2025-02-28', 'month'],
      ['last month', '2025-01-01', '2025-01-31', 'month'],
      ['this year', '2025-01-01', '2025-12-31', 'year'],
      ['two years ago', '2023-01-01', '2023-12-31', 'year'],
    ]);
    assert.deepEqual(spans('last month', { ...ESTIMATE, referencePrecision: 'year' }), [['last month', '2025-01-01', '2025-12-31', 'year']]);
  });
});
