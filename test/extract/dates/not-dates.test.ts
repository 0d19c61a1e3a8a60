// Numbers, verbs and names that must not be read as dates.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spans } from './helpers';

const NOT_DATES = [
  'the October massacre of 1,400 Israelis',
  'it received $100 million a year',
  'Hezbollah holds 100,000 rockets',
  'Unit 190 of the Quds Force',
  'a range of 1,500 km',
  'sanctions on 240 individuals',
  'they met 4 times',
  'an F-35 jet',
  'UN Resolution 1701',
  'tens of millions of dollars',
  '2,000 people were evacuated',
  'call +1 202 555 1987 or (212) 555-2012',
  'a rise of 10 percent',
  'the 190 unit smuggled arms',
  'along Route 443',
  'under Article 51',
  'in 1700 and in 2200',
  'Hamas may act soon',
  'May God protect them',
  'a march in Tehran',
  'March on Jerusalem!',
  'they spoke to May and Theresa May',
  'some 2000 people and 1999 rockets',
  'Unit 1948 and Route 2000',
  'a 1999% rise',
];

describe('not dates', () => {
  for (const text of NOT_DATES) {
    it(`finds nothing in “${text}”`, () => {
      assert.deepEqual(spans(text), []);
    });
  }
  it('still reads 39 years ago as a relative year', () => {
    assert.deepEqual(spans('39 years ago', { referenceDate: '2023-04-06' }), [['39 years ago', '1984-01-01', '1984-12-31', 'year']]);
  });
  it('reads March and May as months after a cue or before a year', () => {
    assert.deepEqual(spans('in March, until May, May 2017, March 3, 2020').map((s) => s[0]), ['March', 'May', 'May 2017', 'March 3, 2020']);
  });
});
