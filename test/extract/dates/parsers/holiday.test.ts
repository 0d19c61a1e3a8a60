import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spans } from '../helpers';

describe('holiday', () => {
  it('reads fixed and moving holidays, the year completed like a month and day', () => {
    assert.deepEqual(spans('He was found on Thanksgiving Day and spent Christmas Eve ashore.', { referenceDate: '2000-01-06' }).map((s) => [s[0], s[1], s[3]]), [
      ['Thanksgiving Day', '1999-11-25', 'day'],
      ['Christmas Eve', '1999-12-24', 'day'],
    ]);
    assert.deepEqual(spans('a major theme from now to Election Day', { referenceDate: '1998-10-26' }).map((s) => s[1]), ['1998-11-03']);
  });
  it('reads a bare Thanksgiving or Christmas after a cue, and a curly apostrophe', () => {
    assert.deepEqual(spans('since Christmas; on New Year’s Eve', { referenceDate: '2000-01-06' }).map((s) => s[1]), ['1999-12-25', '1999-12-31']);
  });
  it('negative: not a bare name without a cue', () => {
    assert.deepEqual(spans('Christmas shopping rose; Thanksgiving dinner was served.', { referenceDate: '2000-01-06' }), []);
  });
});
