import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergePartitions } from '../../../lib/extract/merge/merge-partitions';

describe('mergePartitions', () => {
  it('joins the overlapping spans of a family, in any input order', () => {
    const spans = [
      { family: 'attack', first: 2006, last: 2006 },
      { family: 'attack', first: 1990, last: 1999 },
      { family: 'attack', first: 1995, last: 2001 },
    ];
    assert.deepEqual(mergePartitions(spans), [
      { family: 'attack', first: 1990, last: 2001 },
      { family: 'attack', first: 2006, last: 2006 },
    ]);
  });

  it('keeps neighbouring years apart: events of 2022 and 2023 are never compared', () => {
    const spans = [
      { family: 'meeting', first: 2022, last: 2022 },
      { family: 'meeting', first: 2023, last: 2023 },
    ];
    assert.equal(mergePartitions(spans).length, 2);
  });

  it('never joins two families, even in the same years', () => {
    const spans = [
      { family: 'visit', first: 2023, last: 2023 },
      { family: 'attack', first: 2023, last: 2023 },
    ];
    assert.deepEqual(mergePartitions(spans).map((p) => p.family), ['attack', 'visit']);
  });

  it('leaves its input as it was', () => {
    const spans = [{ family: 'attack', first: 1990, last: 1999 }, { family: 'attack', first: 1991, last: 2005 }];
    mergePartitions(spans);
    assert.deepEqual(spans[0], { family: 'attack', first: 1990, last: 1999 });
  });
});
