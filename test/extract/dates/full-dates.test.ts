import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates } from '../../../lib/extract/dates';
import { assertDate, context, narrative, only } from './helpers';

describe('iso-date', () => {
  it('reads 2024-10-16', () => {
    const mention = assertDate('published 2024-10-16 online', ['2024-10-16', '2024-10-16', '2024-10-16', 'day']);
    assert.deepEqual(mention.rules, ['iso-date']);
    assert.equal(mention.date.inferred, null);
  });
  it('rejects an impossible day, and does not fall back to its year', () => {
    assert.deepEqual(findDates('code 2023-02-30 x', context()), []);
  });
});

describe('month-day', () => {
  it('reads October 7, 2023 as stated', () => {
    const mention = assertDate('on October 7, 2023, Hamas attacked', ['October 7, 2023', '2023-10-07', '2023-10-07', 'day']);
    assert.equal(mention.date.inferred, null);
    assert.deepEqual(mention.rules, ['month-day']);
    assert.equal(mention.index, 3);
    assert.equal(mention.end, 18);
  });
  it('reads abbreviations with a full stop', () => {
    assertDate('on Sept. 27, 2024, Israel struck', ['Sept. 27, 2024', '2024-09-27', '2024-09-27', 'day']);
  });
  it('reads ordinals', () => {
    assertDate('the October 7th attacks', ['October 7th', '2023-10-07', '2023-10-07', 'day'], { narrative: narrative(2023) });
  });
  it('takes the year of Oct. 7 from the narrative, marked inferred', () => {
    const mention = assertDate('"didn’t know about Oct. 7"', ['Oct. 7', '2023-10-07', '2023-10-07', 'day'], { narrative: narrative(2023, 'October 7, 2023', 31) });
    assert.deepEqual(mention.date.inferred, { rule: 'narrative-year', anchor: '“October 7, 2023” (¶31)' });
    assert.deepEqual(mention.rules, ['month-day', 'narrative-year']);
  });
  it('keeps a leading weekday inside the date', () => {
    assertDate('on Saturday, October 7, 2023, at dawn', ['Saturday, October 7, 2023', '2023-10-07', '2023-10-07', 'day']);
  });
  it('rejects February 30', () => {
    assert.equal(only('on February 30 or in 2020').text, '2020');
  });
});

describe('day-month', () => {
  it('reads 7 October 2023', () => {
    assertDate('on 7 October 2023 Hamas', ['7 October 2023', '2023-10-07', '2023-10-07', 'day']);
  });
  it('reads 7th of October without a year', () => {
    const mention = assertDate('the 7th of October', ['7th of October', '2023-10-07', '2023-10-07', 'day']);
    assert.equal(mention.date.inferred?.rule, 'reference-year');
  });
});
