import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withHeapGrowth } from '../../lib/seed/heap-growth';

function recording(startOptions: string[] = []) {
  const calls: string[] = [];
  return { calls, control: { setFlags: (flags: string) => void calls.push(flags), startOptions } };
}

describe('withHeapGrowth', () => {
  it('sets the growth for the work, returns its result and gives V8 back its default', () => {
    const { calls, control } = recording();
    const result = withHeapGrowth(50, () => {
      assert.deepEqual(calls, ['--heap-growing-percent=50']);
      return 7;
    }, control);
    assert.equal(result, 7);
    assert.deepEqual(calls, ['--heap-growing-percent=50', '--heap-growing-percent=0']);
  });

  it('gives V8 back its default when the work throws, and lets the error through', () => {
    const { calls, control } = recording();
    assert.throws(() => withHeapGrowth(50, () => { throw new Error('merge failed'); }, control), /merge failed/);
    assert.deepEqual(calls, ['--heap-growing-percent=50', '--heap-growing-percent=0']);
  });

  it('leaves a growth the process was started with alone, in either spelling', () => {
    for (const option of ['--heap-growing-percent=20', '--heap_growing_percent=20']) {
      const { calls, control } = recording(['--max-old-space-size=512', option]);
      assert.equal(withHeapGrowth(50, () => 'done', control), 'done');
      assert.deepEqual(calls, []);
    }
  });

  it('is not confused by other start options', () => {
    const { calls, control } = recording(['--max-old-space-size=512', '--heap-snapshot-near-heap-limit=1']);
    withHeapGrowth(30, () => undefined, control);
    assert.deepEqual(calls, ['--heap-growing-percent=30', '--heap-growing-percent=0']);
  });

});
