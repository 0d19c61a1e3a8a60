import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corroboration } from '../../../lib/extract/merge/corroboration';

const report = (source: string) => ({ source, role: 'report' as const });
const mention = (source: string) => ({ source, role: 'mention' as const });

test('distinct articles that report the happening, and their passages', () => {
  assert.deepEqual(corroboration([report('vell-daily'), report('acme-wire'), report('vell-daily')]), { sourceCount: 2, passageCount: 3, mentionCount: 0 });
});

test('negative: one article citing a happening twice is one source', () => {
  assert.deepEqual(corroboration([report('vell-daily'), report('vell-daily')]), { sourceCount: 1, passageCount: 2, mentionCount: 0 });
});

test('negative: mentions are counted apart and corroborate nothing, not even from an article of their own', () => {
  assert.deepEqual(corroboration([report('vell-daily'), mention('acme-wire'), mention('vell-daily')]), { sourceCount: 1, passageCount: 1, mentionCount: 2 });
  assert.deepEqual(corroboration([mention('acme-wire')]), { sourceCount: 0, passageCount: 0, mentionCount: 1 });
  assert.deepEqual(corroboration([]), { sourceCount: 0, passageCount: 0, mentionCount: 0 });
});
