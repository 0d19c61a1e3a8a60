import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spans } from '../helpers';

describe('named-period', () => {
  it('places last/this/next months from the reference month', () => {
    assert.deepEqual(spans('approved last April; opens this September; due next March; began last November', { referenceDate: '1989-10-27' }), [
      ['last April', '1989-04-01', '1989-04-30', 'month'],
      ['this September', '1989-09-01', '1989-09-30', 'month'],
      ['next March', '1990-03-01', '1990-03-31', 'month'],
      ['last November', '1988-11-01', '1988-11-30', 'month'],
    ]);
  });
  it('places seasons: last is the year before, this the reference year, this past the latest begun', () => {
    assert.deepEqual(spans('killed last fall; protests this summer; scrapped this past spring', { referenceDate: '1999-04-10' }), [
      ['last fall', '1998-09-01', '1998-11-30', 'season'],
      ['this summer', '1999-06-01', '1999-08-31', 'season'],
      ['this past spring', '1999-03-01', '1999-05-31', 'season'],
    ]);
  });
  it('reads a month with this/last/next year', () => {
    assert.deepEqual(spans('In July last year and January of this year', { referenceDate: '1998-02-19' }), [
      ['July last year', '1997-07-01', '1997-07-31', 'month'],
      ['January of this year', '1998-01-01', '1998-01-31', 'month'],
    ]);
  });
  it('reads a day with this/last/next year, month first or day first', () => {
    assert.deepEqual(spans('The first round on February 8 this year; signed 3 May last year; due on Jan. 12, next year', { referenceDate: '2026-04-01' }), [
      ['February 8 this year', '2026-02-08', '2026-02-08', 'day'],
      ['3 May last year', '2025-05-03', '2025-05-03', 'day'],
      ['Jan. 12, next year', '2027-01-12', '2027-01-12', 'day'],
    ]);
  });
  it('negative: an impossible day with this year is no date, and a day of the narrative year is not re-placed', () => {
    assert.deepEqual(spans('on February 30 this year', { referenceDate: '2026-04-01' }).map((s) => s[0]), ['this year']);
    assert.deepEqual(spans('on February 8 that year', { referenceDate: '2026-04-01', narrative: { year: 2018, month: null, text: '2018', paragraph: 1 } })[0][1], '2018-02-08');
  });
  it('is never completed by the narrative year', () => {
    assert.deepEqual(spans('approved last April', { referenceDate: '1989-10-27', narrative: { year: 1974, month: null, text: '1974', paragraph: 2 } })[0][1], '1989-04-01');
  });
  it('negative: a month name after "last" stays a name when lower-case words follow no month ("the last May said")', () => {
    assert.deepEqual(spans('this may happen; next week', { referenceDate: '1989-10-27' }).map((s) => s[0]), ['next week']);
  });
});
