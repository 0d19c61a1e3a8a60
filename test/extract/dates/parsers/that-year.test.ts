import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spans } from '../helpers';

describe('that-year', () => {
  it('takes the year the sentence or narrative has set', () => {
    assert.deepEqual(spans('He fled in June 1998 and returned later that year.', { referenceDate: '2000-01-28' })[1], ['later that year', '1998-01-01', '1998-12-31', 'year']);
    assert.equal(spans('Imports rose that year.', { referenceDate: '1989-11-02', narrative: { year: 1988, month: null, text: '1988', paragraph: 1 } })[0][1], '1988-01-01');
  });
  it('negative: "that" before another word is no date', () => {
    assert.deepEqual(spans('that yearly report; that years-long fight'), []);
  });
});

describe('this-last-next: the current year', () => {
  it('reads the current (fiscal) year as the reference year', () => {
    assert.deepEqual(spans('sales in the current fiscal year; growth in the current year', { referenceDate: '1989-11-02' }).map((s) => [s[0], s[1]]), [
      ['the current fiscal year', '1989-01-01'],
      ['the current year', '1989-01-01'],
    ]);
  });
  it('negative: "current" without "the" before it is no date', () => {
    assert.deepEqual(spans('at current year-end prices'), []);
  });
});

describe('season after more cues', () => {
  it('reads over/into the summer as the latest summer', () => {
    assert.deepEqual(spans('Over the summer, rivals cut prices; demand ran well into the summer.', { referenceDate: '1989-10-26' }).map((s) => s[1]), ['1989-06-01', '1989-06-01']);
  });
  it('negative: a season after another word is no date', () => {
    assert.deepEqual(spans('a summer camp opened; the winter coat'), []);
  });
});
