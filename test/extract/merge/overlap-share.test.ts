import assert from 'node:assert/strict';
import { test } from 'node:test';
import { overlapShare } from '../../../lib/extract/merge/overlap-share';

test('shared items over the smaller sorted list', () => {
  assert.equal(overlapShare(['hamas', 'iran'], ['hamas', 'iran', 'israel']), 1);
  assert.equal(overlapShare(['hamas', 'iran', 'israel', 'syria'], ['iran', 'lebanon']), 0.5);
  assert.equal(overlapShare(['a', 'c', 'e'], ['b', 'c', 'd', 'e', 'f']), 2 / 3);
});

test('negative: disjoint or empty lists share nothing', () => {
  assert.equal(overlapShare(['hamas'], ['iran']), 0);
  assert.equal(overlapShare([], ['iran']), 0);
  assert.equal(overlapShare(['iran'], []), 0);
});
