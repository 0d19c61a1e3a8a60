import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toSearchParams } from '../../lib/view-state/search-params';

describe('toSearchParams', () => {
  it('keeps repeated parameters in order and drops absent ones', () => {
    const params = toSearchParams({ actor: ['hamas', 'iran'], q: 'Tehran', from: undefined });
    assert.deepEqual(params.getAll('actor'), ['hamas', 'iran']);
    assert.equal(params.get('q'), 'Tehran');
    assert.equal(params.has('from'), false);
  });

  it('gives nothing for no parameters', () => {
    assert.equal(toSearchParams({}).toString(), '');
  });
});
