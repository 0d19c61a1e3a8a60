import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromDayWindow, isoDay, localMidnight, toDayWindow } from '../../lib/view-state/iso-day';

describe('day windows', () => {
  it('restores the same days it was read from', () => {
    for (const window of [{ start: '2023-10-07', end: '2023-10-07' }, { start: '1979-01-01', end: '2025-03-31' }]) {
      const { start, end } = fromDayWindow(window);
      assert.deepEqual(toDayWindow(start, end), window);
    }
  });

  it('rounds each edge to the nearest midnight', () => {
    const start = new Date(2023, 9, 6, 20);
    const end = new Date(2023, 9, 9, 3);
    assert.deepEqual(toDayWindow(start, end), { start: '2023-10-07', end: '2023-10-08' });
  });

  it('keeps at least one day when both edges round to the same midnight', () => {
    assert.deepEqual(toDayWindow(new Date(2023, 9, 7, 1), new Date(2023, 9, 7, 5)), { start: '2023-10-07', end: '2023-10-07' });
  });

  it('writes years before 1000 with four digits', () => {
    assert.equal(isoDay(localMidnight('0999-05-04')), '0999-05-04');
  });
});
