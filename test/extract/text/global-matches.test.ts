import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { globalMatches } from '../../../lib/extract/text/global-matches';

/** What matchAll gives, as plain data to compare. */
function viaMatchAll(pattern: RegExp, text: string) {
  return [...text.matchAll(pattern)].map((m) => ({ index: m.index, text: m[0], groups: m.groups }));
}

function viaGlobalMatches(pattern: RegExp, text: string) {
  return globalMatches(pattern, text).map((m) => ({ index: m.index, text: m[0], groups: m.groups }));
}

describe('globalMatches', () => {
  it('finds what matchAll finds, with indexes and named groups', () => {
    const pattern = /(?<month>Jan|Feb)\s+(?<day>\d{1,2})/g;
    const text = 'On Jan 5 and again Feb 12, not Mar 3.';
    assert.deepEqual(viaGlobalMatches(pattern, text), viaMatchAll(pattern, text));
    assert.deepEqual(viaGlobalMatches(pattern, text).map((m) => m.groups?.day), ['5', '12']);
  });

  it('finds nothing in a text without a match', () => {
    assert.deepEqual(globalMatches(/\d+/g, 'no digits here'), []);
  });

  it('starts from the beginning whatever an earlier search left in lastIndex', () => {
    const pattern = /\d+/g;
    pattern.exec('12 34');
    assert.deepEqual(globalMatches(pattern, '12 34').map((m) => m[0]), ['12', '34']);
    assert.equal(pattern.lastIndex, 0);
  });

  it('steps over empty matches, a whole code point in unicode mode', () => {
    for (const pattern of [/(?:)/g, /(?:)/gu, /x*/gu, /\b/g]) {
      const text = 'a😀b x';
      assert.deepEqual(viaGlobalMatches(pattern, text), viaMatchAll(pattern, text), String(pattern));
    }
  });

  it('lets the caller search the same pattern again while reading the matches', () => {
    const pattern = /\w+/g;
    const nested = globalMatches(pattern, 'one two').map((m) => globalMatches(pattern, m[0]).length);
    assert.deepEqual(nested, [1, 1]);
  });

  it('refuses a pattern without the global flag, as matchAll does', () => {
    assert.throws(() => globalMatches(/\d/, '1'), TypeError);
    assert.throws(() => '1'.matchAll(/\d/), TypeError);
  });
});
