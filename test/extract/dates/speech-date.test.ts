import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertDate, spans } from './helpers';

const QUOTE =
  'In Sept. 2019, Ayatollah Ahmad Alamolhoda referred to the disparity between Iran’s current position and its status in the 1980s: “39 years ago, [the Iraqis] launched attacks from our borders.';

describe('relative-to-speech-date', () => {
  it('counts “39 years ago” in a quote from the date that introduces it', () => {
    const mentions = spans(QUOTE);
    assert.deepEqual(mentions.at(-1), ['39 years ago', '1980-01-01', '1980-12-31', 'year']);
    assert.deepEqual(mentions[0], ['Sept. 2019', '2019-09-01', '2019-09-30', 'month']);
  });
  it('records the rule and the introducing date as anchor', () => {
    const [, ago] = findAll('In 2019 he said: "last year we won."');
    assert.deepEqual(ago, ['last year', '2018-01-01', '2018-12-31', 'year', 'relative-to-speech-date', '“2019” (¶1)']);
  });
  it('falls back to the reference date for a quote without an introducing date', () => {
    const mention = assertDate('He said: “39 years ago, [the Iraqis] launched attacks”', ['39 years ago', '1984-01-01', '1984-12-31', 'year'], { referenceDate: '2023-04-06' });
    assert.equal(mention.date.inferred?.rule, 'relative-to-reference');
  });
  it('leaves relative dates outside the quote to the reference date', () => {
    assert.deepEqual(spans('In 2019 he said “we won” and this year we lost.').map((s) => s.slice(0, 2)), [
      ['2019', '2019-01-01'],
      ['this year', '2023-01-01'],
    ]);
  });
});

import { findDates } from '../../../lib/extract/dates';
import { context } from './helpers';

function findAll(text: string): (string | undefined)[][] {
  return findDates(text, context()).map((m) => [m.text, m.date.start, m.date.end, m.date.precision, m.date.inferred?.rule, m.date.inferred?.anchor]);
}
