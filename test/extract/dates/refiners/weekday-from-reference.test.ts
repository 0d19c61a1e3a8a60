import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spans } from '../helpers';

// 1998-03-22 is a Sunday.
const REFERENCE = { referenceDate: '1998-03-22' };

describe('weekday-from-reference', () => {
  it('reads last/next before a weekday as strictly before/after the reference', () => {
    assert.equal(spans('The hearing was last Sunday.', REFERENCE)[0][1], '1998-03-15');
    assert.equal(spans('The talks open next Tuesday.', REFERENCE)[0][1], '1998-03-24');
    assert.equal(spans('They vote this coming Sunday.', REFERENCE)[0][1], '1998-03-29');
  });
  it('reads a future clause as the first such day after the reference', () => {
    assert.equal(spans('The peace process is set to resume Monday.', REFERENCE)[0][1], '1998-03-23');
  });
  it('negative: a plain or past clause keeps the latest such day on or before the reference', () => {
    assert.equal(spans('Protesters rallied Sunday.', REFERENCE)[0][1], '1998-03-22');
    assert.equal(spans('The envoy said Monday he will return.', REFERENCE)[0][1], '1998-03-16');
  });
});
