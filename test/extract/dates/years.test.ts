import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertDate, spans } from './helpers';

describe('year', () => {
  it('reads bare years with or without a preposition', () => {
    assert.deepEqual(spans('founded in 1987; a 2020 report; since the 1979 Islamic Revolution; in 2011.'), [
      ['1987', '1987-01-01', '1987-12-31', 'year'],
      ['2020', '2020-01-01', '2020-12-31', 'year'],
      ['1979', '1979-01-01', '1979-12-31', 'year'],
      ['2011', '2011-01-01', '2011-12-31', 'year'],
    ]);
  });
  it('accepts 1800 and 2100 but nothing outside', () => {
    assert.deepEqual(spans('in 1800, in 2100, in 1799, in 2101').map((s) => s[0]), ['1800', '2100']);
  });
});

describe('decade', () => {
  it('reads a whole decade', () => {
    assertDate('In the 1980s, the prevailing', ['1980s', '1980-01-01', '1989-12-31', 'decade']);
  });
  it('reads early, mid and late parts as approximate', () => {
    assert.deepEqual(spans('the early 1990s, the mid-2010s, the late 1980s'), [
      ['early 1990s', '1990-01-01', '1993-12-31', 'approximate'],
      ['mid-2010s', '2014-01-01', '2016-12-31', 'approximate'],
      ['late 1980s', '1987-01-01', '1989-12-31', 'approximate'],
    ]);
  });
});

describe('part-of-year', () => {
  it('reads early/mid/late year as approximate thirds', () => {
    assert.deepEqual(spans('early 2023, mid-2023, late 2023'), [
      ['early 2023', '2023-01-01', '2023-04-30', 'approximate'],
      ['mid-2023', '2023-05-01', '2023-08-31', 'approximate'],
      ['late 2023', '2023-09-01', '2023-12-31', 'approximate'],
    ]);
  });
  it('reads a part that opens a sentence or a list item, capitalised', () => {
    assert.deepEqual(spans('- Late 2020: Drilling is suspended.')[0].slice(0, 3), ['Late 2020', '2020-09-01', '2020-12-31']);
    assert.deepEqual(spans('Early March brought rain.', { referenceDate: '2021-06-01' })[0].slice(0, 3), ['Early March', '2021-03-01', '2021-03-10']);
  });
  it('negative: a capitalised name is no part of a year ("Mid Wales 2020")', () => {
    assert.deepEqual(spans('The Mid Wales 2020 show').map((s) => s[0]), ['2020']);
  });
});

describe('season', () => {
  it('reads the summer of 2006', () => {
    assertDate('during the Second Lebanon War in the summer of 2006, the Quds Force', ['summer of 2006', '2006-06-01', '2006-08-31', 'season']);
  });
  it('runs winter into the next year', () => {
    assertDate('winter 2023', ['winter 2023', '2023-12-01', '2024-02-29', 'season']);
  });
  it('ignores a season word that is not a date', () => {
    assert.deepEqual(spans('a summer camp'), []);
  });
});

describe('year-range', () => {
  it('reads 2012–2014 and 2012-14', () => {
    assert.deepEqual(spans('in 2012–2014 and 2015-17'), [
      ['2012–2014', '2012-01-01', '2014-12-31', 'year'],
      ['2015-17', '2015-01-01', '2017-12-31', 'year'],
    ]);
  });
});
