import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertDate, narrative, spans } from './helpers';

describe('month-year', () => {
  it('reads Sept. 2019, June 2007 and January 2020 as whole months', () => {
    assert.deepEqual(spans('In Sept. 2019, in June 2007 and in January 2020'), [
      ['Sept. 2019', '2019-09-01', '2019-09-30', 'month'],
      ['June 2007', '2007-06-01', '2007-06-30', 'month'],
      ['January 2020', '2020-01-01', '2020-01-31', 'month'],
    ]);
  });
  it('handles February in a leap year', () => {
    assertDate('in February 2024', ['February 2024', '2024-02-01', '2024-02-29', 'month']);
  });
});

describe('month-name', () => {
  it('takes the narrative year', () => {
    const mention = assertDate('Then, a Hamas delegation headed by Haniyeh went to Tehran in June.', ['June', '2023-06-01', '2023-06-30', 'month'], { narrative: narrative(2023, 'in 2023', 5) });
    assert.deepEqual(mention.date.inferred, { rule: 'narrative-year', anchor: '“in 2023” (¶5)' });
    assert.deepEqual(mention.rules, ['month-name', 'narrative-year']);
  });
  it('without a narrative, is the latest such month not after the reference date', () => {
    const april = assertDate('it was reported in April that', ['April', '2023-04-01', '2023-04-30', 'month']);
    assert.deepEqual(april.date.inferred, { rule: 'reference-year', anchor: 'publication date 2023-10-22' });
    assertDate('in December', ['December', '2022-12-01', '2022-12-31', 'month']);
    assertDate('in October', ['October', '2023-10-01', '2023-10-31', 'month']);
  });
  it('does not use a narrative year that would put the month after the reference date', () => {
    const mention = assertDate('in November', ['November', '2022-11-01', '2022-11-30', 'month'], { narrative: narrative(2023) });
    assert.equal(mention.date.inferred?.rule, 'reference-year');
  });
  it('accepts the listed cue words, at sentence start too', () => {
    assert.deepEqual(spans('In March, since April, until May, by June, early July, late August, of September').map((s) => s[0]), [
      'March', 'April', 'May', 'June', 'early July', 'late August', 'September',
    ]);
  });
});

describe('part-of-month', () => {
  it('splits a month into thirds, approximate', () => {
    assert.deepEqual(spans('early October 2023, mid-October 2023, late October 2023'), [
      ['early October 2023', '2023-10-01', '2023-10-10', 'approximate'],
      ['mid-October 2023', '2023-10-11', '2023-10-20', 'approximate'],
      ['late October 2023', '2023-10-21', '2023-10-31', 'approximate'],
    ]);
  });
  it('clips late February to the month', () => {
    assertDate('late February 2023', ['late February 2023', '2023-02-21', '2023-02-28', 'approximate']);
  });
  it('reads "end of" and takes a missing year from the narrative', () => {
    const mention = assertDate('by the end of March', ['end of March', '2023-03-21', '2023-03-31', 'approximate'], { narrative: narrative(2023) });
    assert.equal(mention.date.inferred?.rule, 'narrative-year');
  });
});

describe('week-of-month', () => {
  it('reads the first week of April as days 1–7', () => {
    const mention = assertDate('visited Lebanon in the first week of April', ['first week of April', '2023-04-01', '2023-04-07', 'week'], { narrative: narrative(2023, 'April 2023') });
    assert.deepEqual(mention.rules, ['week-of-month', 'narrative-year']);
  });
  it('reads the last week as the final seven days', () => {
    assertDate('the last week of February 2024', ['last week of February 2024', '2024-02-23', '2024-02-29', 'week']);
  });
});
