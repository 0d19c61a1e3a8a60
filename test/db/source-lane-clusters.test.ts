// The two ways of counting a crowded window grouped by source, on the real seed: from the seed's
// per-lane counts (unfiltered) and from the events themselves (filtered) must choose the same lanes
// and give the same counts, with a cap low enough for the corpus's sources to overflow it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OTHER_SOURCES_LANE, type TimelineCluster, type TimelineWindowRequest } from '../../lib/query/timeline-window';
import { seedArticles, useTemporaryDatabase } from './test-database';

useTemporaryDatabase(seedArticles);
const { countedSourceLaneClusters, laneCountSourceLaneClusters } = await import('../../lib/db/queries/source-lane-clusters');
const { corpusFigures } = await import('../../lib/db/queries/corpus-figures');
const { overlapCondition } = await import('../../lib/db/queries/overlap-condition');
const { countEvents } = await import('../../lib/db/queries/count-events');
const { db } = await import('../../lib/db/snapshot');

const WINDOWS: [string, string][] = [
  ['1900-01-01', '2030-12-31'],
  ['2015-03-10', '2024-11-05'],
  ['2023-09-20', '2024-02-11'],
  ['2023-10-05', '2023-10-19'],
];
const CAP = 2;

const sorted = (clusters: TimelineCluster[]) => [...clusters].sort((a, b) => a.start.localeCompare(b.start) || String(a.group).localeCompare(String(b.group)));

/** Events overlapping the window that a source other than `chosen` cites, each once. */
async function eventsOfOtherSources(overlap: ReturnType<typeof overlapCondition>, chosen: string[]): Promise<number> {
  const [{ count }] = await db().$queryRawUnsafe<{ count: number | bigint }[]>(
    `SELECT COUNT(*) AS count FROM "Event" e WHERE ${overlap.sql} AND EXISTS (SELECT 1 FROM "Citation" c JOIN "Source" s ON s.id = c.sourceId
       WHERE c.eventId = e.id AND s.slug NOT IN (${chosen.map(() => '?').join(', ')}))`,
    ...overlap.values, ...chosen,
  );
  return Number(count);
}

describe('source lane clusters', () => {
  for (const [start, end] of WINDOWS) {
    it(`are the same counted either way, ${start}..${end}`, async () => {
      const request: TimelineWindowRequest = { start, end, group: 'source' };
      const { longestSpanDays } = await corpusFigures();
      const overlap = overlapCondition(start, end, longestSpanDays);
      const rule = { filterSources: [], cap: CAP };
      const counted = await countedSourceLaneClusters(overlap, request, rule);
      const fromLaneCounts = await laneCountSourceLaneClusters(request, longestSpanDays, rule);
      assert.deepEqual({ ...fromLaneCounts, clusters: sorted(fromLaneCounts.clusters) }, { ...counted, clusters: sorted(counted.clusters) });
      assert.equal(counted.inWindow, await countEvents(overlap));
      const chosen = counted.sourceLanes!.sources.map((source) => source.slug);
      assert.ok(chosen.length <= CAP);
      const lanes = new Set(counted.clusters.map((cluster) => cluster.group));
      assert.ok([...lanes].every((lane) => lane === OTHER_SOURCES_LANE || chosen.includes(lane!)), 'only chosen sources have lanes');
      const inOtherLane = counted.clusters.filter((cluster) => cluster.group === OTHER_SOURCES_LANE).reduce((sum, c) => sum + c.count, 0);
      assert.equal(inOtherLane, await eventsOfOtherSources(overlap, chosen));
      assert.equal(lanes.has(OTHER_SOURCES_LANE), counted.sourceLanes!.otherSources > 0);
    });
  }

  it('overflow the cap in the widest window', async () => {
    const request: TimelineWindowRequest = { start: WINDOWS[0][0], end: WINDOWS[0][1], group: 'source' };
    const { longestSpanDays } = await corpusFigures();
    const { sourceLanes } = await laneCountSourceLaneClusters(request, longestSpanDays, { filterSources: [], cap: CAP });
    assert.equal(sourceLanes!.sources.length, CAP);
    assert.ok(sourceLanes!.otherSources > 0);
  });
});
