import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assignIds } from '../../../lib/extract/ids/assign-ids';
import { event } from '../merge/event-factory';

test('ids are evt_ + 12 hex, depend on the happening only, and survive unrelated additions', () => {
  const attack = event({ source: 'a', start: '2024-05-10', family: 'attack', actors: ['russia'] });
  const [first] = assignIds([attack]);
  assert.match(first.id, /^evt_[0-9a-f]{12}$/);
  const [again] = assignIds([attack, event({ source: 'z', start: '1999-01-01', precision: 'year', end: '1999-12-31', family: 'expulsion' })]);
  assert.equal(again.id, first.id);
  const [fromOtherSource] = assignIds([event({ source: 'q', paragraph: 9, start: '2024-05-10', family: 'attack', actors: ['russia'] })]);
  assert.equal(fromOtherSource.id, first.id);
});

test('negative: two happenings with the same key still get unique ids, suffixed in citation order', () => {
  const ids = assignIds([
    event({ source: 'b', start: '2024-05-10', family: 'attack' }),
    event({ source: 'a', start: '2024-05-10', family: 'attack' }),
  ]).map((e) => e.id);
  assert.notEqual(ids[0], ids[1]);
  assert.ok(ids[0].endsWith('-2'));
});
