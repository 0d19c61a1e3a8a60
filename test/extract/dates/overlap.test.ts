import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { removeOverlap } from '../../../lib/extract/dates/refiners/remove-overlap';
import { piece, type ParsedResult } from '../../../lib/extract/dates/parsing';
import { context, spans } from './helpers';

function result(index: number, text: string, priority: number): ParsedResult {
  return { index, text, start: piece({ year: 2023 }), end: null, inferred: null, rules: [`p${priority}`], priority };
}

describe('remove-overlap', () => {
  it('keeps the longest match, then the earlier parser, sorted by index', () => {
    const kept = removeOverlap.refine([result(0, 'October 7, 2023', 3), result(11, '2023', 1), result(20, 'June', 2), result(20, 'June', 1)], '', context());
    assert.deepEqual(kept.map((r) => [r.index, r.rules[0]]), [[0, 'p3'], [20, 'p1']]);
  });
  it('prefers the full date over the year inside it in real text', () => {
    assert.deepEqual(spans('in Israel October 7, 2023. (credit: REUTERS)').map((s) => s[0]), ['October 7, 2023']);
  });
});

describe('not-a-quantity', () => {
  it('keeps a year next to a noun that is not a count', () => {
    assert.deepEqual(spans('the 1979 Islamic Revolution and the 2006 war').map((s) => s[0]), ['1979', '2006']);
  });
  it('drops years used as labels or counts, whatever the case', () => {
    assert.deepEqual(spans('UNIT 1948, no. 2001, 1990 Km, 2010 troops'), []);
  });
  it('drops a number that a code of capitals and digits follows (the asteroid "2017 TW9")', () => {
    assert.deepEqual(spans('the probe orbits the asteroid 2017 TW9'), []);
  });
  it('negative: a year before a short name with a digit stays ("In 2019 G7 leaders met")', () => {
    assert.deepEqual(spans('In 2019 G7 leaders met.').map((s) => s[0]), ['2019']);
  });
});
