import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_ACTOR_QUERY, parseActorQuery } from '../../../components/actors/actor-query';

describe('parseActorQuery', () => {
  it('reads a missing q as no search and trims and normalises a given one', () => {
    assert.deepEqual(parseActorQuery(undefined), { q: '', problem: null });
    assert.deepEqual(parseActorQuery('  Quds \t Force '), { q: 'Quds Force', problem: null });
    assert.deepEqual(parseActorQuery('Isma\u0301il'), { q: 'Ism\u00e1il', problem: null });
    assert.deepEqual(parseActorQuery('x'.repeat(MAX_ACTOR_QUERY)), { q: 'x'.repeat(MAX_ACTOR_QUERY), problem: null });
  });

  it('turns unusable text into a message and no search, never an error', () => {
    const problems: [string | string[], RegExp][] = [
      [['hamas', 'iran'], /one q parameter/],
      ['x'.repeat(MAX_ACTOR_QUERY + 1), /at most 100 characters/],
      ['ha\u0000mas', /control characters/],
    ];
    for (const [value, message] of problems) {
      const query = parseActorQuery(value);
      assert.equal(query.q, '');
      assert.match(query.problem ?? '', message);
    }
  });
});
