import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spans } from '../helpers';

describe('month-name before a noun', () => {
  it('reads a month after "for" when a noun follows or it is possessive', () => {
    assert.deepEqual(spans('The job figures for January extended a surge; trading for November transactions; for October’s close.', { referenceDate: '1998-02-06' }).map((s) => [s[0], s[1]]), [
      ['January', '1998-01-01'],
      ['November', '1997-11-01'],
      ['October', '1997-10-01'],
    ]);
  });
  it('negative: not May, not before a name or a comma, not after other words', () => {
    assert.deepEqual(spans('the October massacre; He voted for May; For January, the figures; Hurricane October hit; a gift for June Carter'), []);
  });
});
