import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultConfiguration, findDates } from '../../../lib/extract/dates';
import { context } from './helpers';

describe('configuration', () => {
  it('gives every refiner a distinct name', () => {
    const names = defaultConfiguration.refiners.map((r) => r.name);
    assert.equal(new Set(names).size, names.length);
  });
  it('uses only global regexes with named groups', () => {
    for (const parser of defaultConfiguration.parsers) {
      assert.ok(parser.pattern.global, parser.name);
      assert.doesNotMatch(parser.pattern.source, /\((?!\?)/, `${parser.name} has an unnamed capture group`);
    }
  });
  it('runs a reduced configuration', () => {
    const yearsOnly = { parsers: defaultConfiguration.parsers.filter((p) => p.name === 'year'), refiners: [] };
    assert.deepEqual(findDates('on October 7, 2023', context(), yearsOnly).map((m) => m.text), ['2023']);
  });
  it('gives the same output for the same input', () => {
    const text = 'On Saturday, two months ago in August 2023, in June and in the early 1990s';
    assert.deepEqual(findDates(text, context()), findDates(text, context()));
  });
});
