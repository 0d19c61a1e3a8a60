import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertDate, narrative, spans } from './helpers';

describe('day-range', () => {
  it('reads 13–14 April 2024', () => {
    const mention = assertDate('on 13–14 April 2024 Iran launched', ['13–14 April 2024', '2024-04-13', '2024-04-14', 'day']);
    assert.equal(mention.date.inferred, null);
    assert.deepEqual(mention.rules, ['day-range']);
  });
  it('reads 13-14 April with the narrative year', () => {
    const mention = assertDate('on 13-14 April', ['13-14 April', '2024-04-13', '2024-04-14', 'day'], { narrative: narrative(2024), referenceDate: '2024-10-01' });
    assert.equal(mention.date.inferred?.rule, 'narrative-year');
  });
  it('reads April 6–8, 2023', () => {
    assertDate('April 6–8, 2023', ['April 6–8, 2023', '2023-04-06', '2023-04-08', 'day']);
  });
});

describe('merge-range', () => {
  it('joins from … until … across years', () => {
    const mention = assertDate('the war from 27 December 2008 until January 18, 2009 killed', ['27 December 2008 until January 18, 2009', '2008-12-27', '2009-01-18', 'day']);
    assert.deepEqual(mention.rules, ['day-month', 'month-day', 'merge-range']);
    assert.equal(mention.date.inferred, null);
  });
  it('joins between … and … of years', () => {
    assertDate('between 2012 and 2014', ['2012 and 2014', '2012-01-01', '2014-12-31', 'year']);
  });
  it('does not join "and" without "between"', () => {
    assert.deepEqual(spans('in 2012 and 2014').map((s) => s[0]), ['2012', '2014']);
  });
  it('shares the end’s stated year with a start that omits it, a year earlier when months wrap', () => {
    const mention = assertDate('from December 27 to January 18, 2009', ['December 27 to January 18, 2009', '2008-12-27', '2009-01-18', 'day']);
    assert.equal(mention.date.inferred, null);
  });
  it('takes the coarser precision of the two sides', () => {
    assertDate('from June 2007 to 2009', ['June 2007 to 2009', '2007-06-01', '2009-12-31', 'year']);
  });
  it('joins month names into one inferred range', () => {
    const mention = assertDate('from March to May', ['March to May', '2023-03-01', '2023-05-31', 'month'], { narrative: narrative(2023) });
    assert.equal(mention.date.inferred?.rule, 'narrative-year');
  });
});
