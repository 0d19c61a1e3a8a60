import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spans } from '../helpers';

describe('spelled-year', () => {
  it('reads spoken years, with a month before them', () => {
    assert.deepEqual(spans('In nineteen ninety-one Keating was convicted; January nineteen ninety-seven; eighteen oh five; nineteen hundred.').map((s) => [s[0], s[1], s[3]]), [
      ['nineteen ninety-one', '1991-01-01', 'year'],
      ['January nineteen ninety-seven', '1997-01-01', 'month'],
      ['eighteen oh five', '1805-01-01', 'year'],
      ['nineteen hundred', '1900-01-01', 'year'],
    ]);
  });
  it('reads two thousand only after "the year"', () => {
    assert.deepEqual(spans('by the year two thousand; the year two thousand and one').map((s) => [s[0], s[1]]), [
      ['two thousand', '2000-01-01'],
      ['two thousand and one', '2001-01-01'],
    ]);
  });
  it('negative: counts stay counts', () => {
    assert.deepEqual(spans('nineteen people and two thousand troops; twenty-five officers'), []);
  });
});
