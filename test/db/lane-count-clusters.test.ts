// The seed's per-lane counts (LaneCount) against counting the seeded events themselves: for windows
// of every period size, cut anywhere in a month, both must give the same clusters in every grouping.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { choosePeriod } from '../../lib/db/queries/cluster-periods';
import type { TimelineWindowRequest } from '../../lib/query/timeline-window';
import { seedArticles, useTemporaryDatabase } from './test-database';

useTemporaryDatabase(seedArticles);
const { laneCountClusters, startPieces } = await import('../../lib/db/queries/lane-count-clusters');
const { windowClusters } = await import('../../lib/db/queries/window-clusters');
const { corpusFigures } = await import('../../lib/db/queries/corpus-figures');
const { overlapCondition } = await import('../../lib/db/queries/overlap-condition');
const { countEvents } = await import('../../lib/db/queries/count-events');

const WINDOWS: [string, string][] = [
  ['1900-01-01', '2030-12-31'], // years, whole
  ['1948-05-14', '2029-02-17'], // years, months cut at both ends
  ['2015-03-10', '2024-11-05'], // months
  ['2023-01-01', '2024-12-31'], // months, whole
  ['2023-09-20', '2024-02-11'], // weeks
  ['2023-10-01', '2023-10-31'], // days, one whole month
  ['2023-10-05', '2023-10-19'], // days inside one month
];

describe('laneCountClusters', () => {
  for (const [start, end] of WINDOWS) for (const group of ['none', 'actor', 'source'] as const) {
    it(`equals counting the events, ${start}..${end} group=${group}`, async () => {
      const request: TimelineWindowRequest = { start, end, group };
      const { longestSpanDays } = await corpusFigures();
      const overlap = overlapCondition(start, end, longestSpanDays);
      const { inWindow, clusters: counted } = await windowClusters(overlap, request);
      assert.ok(counted.length > 0, 'the window holds seeded events');
      assert.deepEqual(await laneCountClusters(request, longestSpanDays), counted);
      assert.equal(inWindow, await countEvents(overlap), 'each event counted once, whatever its lanes');
    });
  }
});

describe('startPieces', () => {
  const ranges = (start: string, end: string) =>
    startPieces(choosePeriod(start, end), start, end).map(({ unit, first, last }) => ({ unit, first, last }));

  it('reads days for day periods', () => {
    assert.deepEqual(ranges('2023-10-05', '2023-10-19').map((piece) => [piece.unit, piece.last - piece.first]), [['day', 14]]);
  });

  it('reads whole months from months and the cut months from days', () => {
    const pieces = ranges('2015-03-10', '2024-11-05');
    assert.deepEqual(pieces.map((piece) => piece.unit), ['day', 'day', 'month']);
    assert.deepEqual(pieces.map((piece) => piece.last - piece.first), [21, 4, (2024 * 12 + 9) - (2015 * 12 + 3)]);
  });

  it('reads only months when the window is whole months', () => {
    assert.deepEqual(ranges('1900-01-01', '2030-12-31'), [{ unit: 'month', first: 1900 * 12, last: 2030 * 12 + 11 }]);
  });

});
