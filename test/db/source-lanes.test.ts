import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { laneLimit, rankSources } from '../../lib/db/queries/source-lanes';

describe('rankSources', () => {
  it('puts the sources citing the most events first, ties by slug as SQLite orders them', () => {
    const ranked = rankSources([
      { slug: 'b-source', title: 'B', events: 3 }, { slug: 'a-source', title: 'A', events: 3 },
      { slug: 'z-source', title: 'Z', events: 9 }, { slug: 'a-source-2', title: 'A2', events: 3 },
    ]);
    assert.deepEqual(ranked.map((source) => source.slug), ['z-source', 'a-source', 'a-source-2', 'b-source']);
  });
});

describe('laneLimit', () => {
  it('is the cap, or every source of a source filter', () => {
    assert.equal(laneLimit({ filterSources: [], cap: 20 }), 20);
    assert.equal(laneLimit({ filterSources: ['a', 'b', 'c'], cap: 2 }), 3);
  });
});
