import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseActorListArguments, UsageError } from '../../lib/actor-list/actor-list-arguments';

describe('parseActorListArguments', () => {
  it('reads --discovered, and no flag as every actor', () => {
    assert.deepEqual(parseActorListArguments(['--discovered']), { discovered: true });
    assert.deepEqual(parseActorListArguments([]), { discovered: false });
  });

  it('refuses an unknown flag, a stray argument and a repeated flag, naming each', () => {
    assert.throws(() => parseActorListArguments(['--discoverd']), (error: Error) => error instanceof UsageError && /unknown flag "--discoverd"; this command takes --discovered/.test(error.message));
    assert.throws(() => parseActorListArguments(['--discovered=yes']), /unknown flag "--discovered=yes"/);
    assert.throws(() => parseActorListArguments(['hamas']), /unexpected argument "hamas"/);
    assert.throws(() => parseActorListArguments(['--discovered', '--discovered']), /flag "--discovered" given twice/);
  });
});
