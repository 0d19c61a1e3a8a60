import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePageNumber } from '../../../components/source/page-number';

describe('parsePageNumber', () => {
  it('reads a missing page as the first and a page in range as itself', () => {
    assert.deepEqual(parsePageNumber(undefined, 3), { page: 1, problem: null });
    assert.deepEqual(parsePageNumber('3', 3), { page: 3, problem: null });
    assert.deepEqual(parsePageNumber('1', 0), { page: 1, problem: null });
  });

  it('explains unusable pages and falls back to the first', () => {
    const cases: [string | string[], RegExp][] = [
      [['1', '2'], /only once/],
      ['0', /whole number from 1/],
      ['-1', /whole number from 1/],
      ['2.5', /whole number from 1/],
      ['abc', /whole number from 1/],
      ['9'.repeat(20), /whole number from 1/],
      ['4', /There are 3 pages/],
    ];
    for (const [value, message] of cases) {
      const parsed = parsePageNumber(value, 3);
      assert.equal(parsed.page, 1, String(value));
      assert.match(parsed.problem ?? '', message, String(value));
    }
    assert.match(parsePageNumber('2', 1).problem ?? '', /There is 1 page/);
  });
});
