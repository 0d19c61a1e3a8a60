// News outlets have no lane of their own in the timeline's clusters by actor, in the seed's
// pre-counted lanes as in counted ones, unless the filter names the outlet.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { TimelineCluster } from '../../lib/query/timeline-window';
import { seedArticles, useTemporaryDatabase } from './test-database';

useTemporaryDatabase(seedArticles);
const { getActors } = await import('../../lib/db/queries');
const { laneCountClusters } = await import('../../lib/db/queries/lane-count-clusters');
const { windowClusters } = await import('../../lib/db/queries/window-clusters');
const { corpusFigures } = await import('../../lib/db/queries/corpus-figures');
const { overlapCondition } = await import('../../lib/db/queries/overlap-condition');

const WINDOW = { start: '1900-01-01', end: '2030-12-31', group: 'actor' as const };
const lanes = (clusters: TimelineCluster[]) => new Set(clusters.map((cluster) => cluster.group));

describe('news outlets in clusters by actor', () => {
  let outlet: string;
  before(async () => {
    const named = (await getActors()).filter((actor) => actor.media && actor.eventCount > 0);
    assert.ok(named.length > 0, 'an event of the corpus names a news outlet');
    outlet = named[0].slug;
  });

  it('gives an outlet no lane in the unfiltered timeline', async () => {
    const { longestSpanDays } = await corpusFigures();
    const clusters = await laneCountClusters(WINDOW, longestSpanDays);
    assert.ok(clusters.length > 0);
    assert.ok(!lanes(clusters).has(outlet));
    const counted = await windowClusters(overlapCondition(WINDOW.start, WINDOW.end, longestSpanDays), WINDOW);
    assert.deepEqual(counted.clusters, clusters);
  });

  it('gives an outlet its lane when the filter names it, and only then', async () => {
    const { longestSpanDays } = await corpusFigures();
    const overlap = overlapCondition(WINDOW.start, WINDOW.end, longestSpanDays);
    assert.ok(lanes((await windowClusters(overlap, WINDOW, [outlet])).clusters).has(outlet));
    assert.ok(!lanes((await windowClusters(overlap, WINDOW, ['hamas'])).clusters).has(outlet));
  });
});
