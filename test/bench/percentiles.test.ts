import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { percentiles } from '../../bench/percentiles';

describe('percentiles', () => {
  it('takes nearest-rank percentiles of unsorted values', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1
    assert.deepEqual(percentiles(values), { count: 100, p50: 50, p95: 95, p99: 99, max: 100 });
  });

  it('rounds to a tenth of a millisecond', () => {
    assert.equal(percentiles([1.26]).p50, 1.3);
  });

  it('gives the one value for every percentile of a single value', () => {
    assert.deepEqual(percentiles([7]), { count: 1, p50: 7, p95: 7, p99: 7, max: 7 });
  });

  it('gives zeros for no values rather than undefined', () => {
    assert.deepEqual(percentiles([]), { count: 0, p50: 0, p95: 0, p99: 0, max: 0 });
  });
});
