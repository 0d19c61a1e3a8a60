import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { advanceNarrative, findDates } from '../../../../lib/extract/dates';
import { context } from '../helpers';

function narrativeAfter(text: string) {
  return advanceNarrative(null, findDates(text, context()), 1)?.year ?? null;
}

describe('year-in-passing', () => {
  it('keeps a stretch bound or a noun attribute from setting the narrative year', () => {
    assert.equal(narrativeAfter('It has doubled its profits annually since 1980.'), null);
    assert.equal(narrativeAfter('The killings date to a string dating to 1994.'), null);
    assert.equal(narrativeAfter('There was a one-time gain in the 1988 period.'), null);
  });
  it('keeps a year or month after the time of writing, a plan or forecast, from setting it', () => {
    assert.equal(narrativeAfter('The opening will slip from 2028 to 2030.'), null);
    assert.equal(narrativeAfter('The line should open in June 2027.'), null);
  });
  it('negative: a full day after the time of writing still sets it', () => {
    assert.equal(narrativeAfter('The summit opens on 16 October 2024.'), 2024);
  });
  it('still reports the year itself', () => {
    assert.deepEqual(findDates('a gain in the 1988 period', context()).map((m) => [m.text, m.inPassing]), [['1988', true]]);
  });
  it('negative: a year that times a happening sets it', () => {
    assert.equal(narrativeAfter('The company was founded in 1980.'), 1980);
    assert.equal(narrativeAfter('In 1994, the clinic closed.'), 1994);
    assert.equal(narrativeAfter('Since March 2021 the firm has grown.'), 2021);
  });
  it('negative: a later partial date is not given a passing year', () => {
    assert.deepEqual(findDates('Profits doubled since 1980; in September it bought a rival.', context()).map((m) => [m.text, m.date.start]), [
      ['1980', '1980-01-01'],
      ['September', '2023-09-01'],
    ]);
  });
});
