import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeEvents } from '../../../lib/extract/merge/merge-events';
import type { ExtractedEvent } from '../../../lib/extract/types';
import { event } from './event-factory';

function titled(title: string, parts: Parameters<typeof event>[0], inferred = false): ExtractedEvent {
  const base = event(parts);
  return { ...base, title, summary: `${title}.`, date: { ...base.date, inferred: inferred ? { rule: 'narrative-year', anchor: '“2023” (¶1)' } : null } };
}

const day = { start: '2023-10-07', family: 'attack', actors: ['hamas'] };

test('a merged event takes a figure-free title of more than one word, read where the date was stated in full', () => {
  const reports = [
    titled('Massacre of 1,400 Israelis', { ...day, source: 'a' }),
    titled('Massacre', { ...day, source: 'b' }),
    titled('Invasion of the south', { ...day, source: 'c' }, true),
    titled('Hamas attack on Israel', { ...day, source: 'd' }),
  ];
  const forward = mergeEvents(reports, false);
  const backward = mergeEvents([...reports].reverse(), false);
  assert.equal(forward.length, 1);
  assert.equal(forward[0].title, 'Hamas attack on Israel');
  assert.equal(forward[0].summary, 'Hamas attack on Israel.');
  assert.equal(backward[0].title, forward[0].title, 'the choice does not depend on merge order');
});

test('negative: the title does not follow the finer date when that title carries a figure', () => {
  const [merged] = mergeEvents([
    titled('Attack killing 1,200', { ...day, source: 'a' }),
    titled('Hamas attack', { source: 'b', start: '2023-10-01', end: '2023-10-31', precision: 'month', family: 'attack', actors: ['hamas'] }),
  ], false);
  assert.equal(merged.title, 'Hamas attack');
  assert.deepEqual([merged.date.start, merged.date.precision], ['2023-10-07', 'day']);
});
