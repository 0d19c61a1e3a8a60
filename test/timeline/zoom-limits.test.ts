import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withinZoomLimits, ZOOM_MAX_MS, ZOOM_MIN_MS } from '../../components/timeline/zoom-limits';

const window = (start: number, end: number) => ({ start: new Date(start), end: new Date(end) });
const ms = (w: { start: Date; end: Date }) => [w.start.getTime(), w.end.getTime()];

describe('withinZoomLimits', () => {
  it('keeps a window within the limits as it is', () => {
    const year = window(Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1));
    assert.deepEqual(ms(withinZoomLimits(year)), ms(year));
  });

  it('narrows a window wider than the widest zoom about its middle', () => {
    const start = Date.UTC(1930, 0, 1);
    const end = start + ZOOM_MAX_MS + 10 * ZOOM_MIN_MS;
    assert.deepEqual(ms(withinZoomLimits(window(start, end))), [start + 5 * ZOOM_MIN_MS, end - 5 * ZOOM_MIN_MS]);
  });

  it('widens a window narrower than the closest zoom about its middle', () => {
    const start = Date.UTC(2023, 9, 7);
    assert.deepEqual(ms(withinZoomLimits(window(start, start + 1000))), [start + 500 - ZOOM_MIN_MS / 2, start + 500 + ZOOM_MIN_MS / 2]);
  });
});
