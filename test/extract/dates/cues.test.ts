import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultConfiguration, findDates } from '../../../lib/extract/dates';
import { context } from './helpers';

/** At least one text each parser matches, in the case and spacing variants the patterns accept. */
const DATED_TEXTS = [
  'on 2024-10-16', '13–14 April 2024', '13-14 April', 'April 6–8, 2023', 'April 6-8', 'October 7, 2023', 'Sept. 27, 2024',
  'Oct. 7', 'Saturday, October 7', '7 October 2023', '7th of October', 'the first week of April', 'the last week of October 2023',
  'early October 2023', 'mid-October', 'end of October', 'June 2007', 'June of 2007', 'summer of 2006', 'Summer 2006',
  'in the summer', 'the 1990s', 'the early 1990s', 'the mid-2010s', "1980's", 'early 2023', 'mid-2023', 'end of 2023',
  '2012–2014', '2012-14', 'the next day', 'the following year', 'the previous week', 'this year', 'Last month', 'earlier this month',
  'figures for January rose', 'later that year', 'the current fiscal year', 'Thanksgiving Day', 'on Christmas', 'Nineteen ninety-six', 'March nineteen oh five', 'the year two thousand', 'Today', 'yesterday', 'tonight', 'last April', 'This summer', 'June last year', 'this past spring', 'January of this year',
  'in recent months', 'the past few weeks', 'Recent years', 'two months ago', '39 years ago', 'a few days ago', 'five days later',
  'Three years earlier', 'a few days after', 'just days before the attack', 'Days before the attack', 'in the days after',
  'days prior to', 'in June', 'Since April', 'in 1987', 'a 2020 report', 'on Saturday', 'last Sunday', 'said Friday',
];

describe('parser cues', () => {
  it('never reject a text the parser would match', () => {
    for (const parser of defaultConfiguration.parsers) {
      const matched = DATED_TEXTS.filter((text) => [...text.matchAll(parser.pattern)].length > 0);
      assert.ok(matched.length > 0, `no sample text for ${parser.name}`);
      for (const text of matched) {
        for (const cue of parser.cues) assert.match(text, cue, `${parser.name}: cue ${cue} rejects “${text}”`);
      }
    }
  });
  it('are plain tests, not global regexes whose lastIndex would carry from one text to the next', () => {
    for (const parser of defaultConfiguration.parsers) for (const cue of parser.cues) assert.equal(cue.global || cue.sticky, false, parser.name);
  });
  it('skip parsers on texts without their cue; negative: a date after a cue-less sentence is still found', () => {
    const configuration = { parsers: defaultConfiguration.parsers.filter((p) => p.name === 'month-day'), refiners: [] };
    assert.deepEqual(findDates('The delegation met officials in Tehran.', context(), configuration), []);
    assert.deepEqual(findDates('The delegation met on October 7, 2023.', context(), configuration).map((m) => m.text), ['October 7, 2023']);
  });
});
