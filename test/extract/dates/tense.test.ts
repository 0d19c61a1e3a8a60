import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { impliedSide } from '../../../lib/extract/dates/tense';

function sideBefore(text: string, date: string) {
  return impliedSide(text, text.indexOf(date));
}

describe('impliedSide', () => {
  it('reads "would" as the future of a past speech, either side of the writing; negative: the conditional perfect "would have" looks back', () => {
    assert.equal(sideBefore('The firm said it would raise prices again in the autumn.', 'autumn'), 'prospective');
    assert.equal(sideBefore('She would have turned 60 in May.', 'May'), -1);
  });
  it('reads a future cue before the date in its clause', () => {
    assert.equal(sideBefore('The monarch will meet Bush on Thursday.', 'Thursday'), 1);
    assert.equal(sideBefore("Talks are set to resume Monday in Belfast.", 'Monday'), 1);
    assert.equal(sideBefore("He'll fly to Paris on March 3.", 'March'), 1);
    assert.equal(sideBefore('The group might come as soon as Tuesday.', 'Tuesday'), 1);
  });
  it('reads a past verb right before the date, over the little words between them', () => {
    assert.equal(sideBefore('He was rescued Nov. 25 at sea.', 'Nov.'), -1);
    assert.equal(sideBefore('The king met on the Monday with envoys.', 'Monday'), -1);
    assert.equal(sideBefore('Bush told a news conference on Tuesday that…', 'Tuesday'), 0);
  });
  it('reads a past verb whose object is a name right before the date', () => {
    assert.equal(sideBefore('When the club sacked Gary Lennox on 3 November, it sat ninth.', '3 November'), -1);
    assert.equal(sideBefore('The board fired Chief Executive Ann Roe on May 2.', 'May'), -1);
  });
  it('negative: a past verb before a common noun leaves the date to the noun', () => {
    assert.equal(sideBefore('The Times said in an editorial on Saturday, April 25:', 'April'), 0);
    assert.equal(sideBefore('He gave no reason for the Jan. 14 deadline.', 'Jan.'), 0);
  });
  it('reads a participle after "to be" as still to come', () => {
    assert.equal(sideBefore('The league announced a final to be played on May 30.', 'May'), 1);
    assert.equal(sideBefore('Ballots are yet to be counted on Monday.', 'Monday'), 1);
  });
  it('negative: a participle without "to be" before it stays past', () => {
    assert.equal(sideBefore('The final was played on May 30.', 'May'), -1);
    assert.equal(sideBefore('The firm is said to have closed on May 30.', 'May'), -1);
  });
  it('calls a date after by/until/to a bound', () => {
    assert.equal(sideBefore('The offer was extended to Nov. 20.', 'Nov.'), 'bound');
    assert.equal(sideBefore('He must return by Jan. 14.', 'Jan.'), 'bound');
  });
  it('negative: a future cue in an earlier clause, or after the date, does not count', () => {
    assert.equal(sideBefore('They will appeal, the court ruled Wednesday.', 'Wednesday'), -1);
    assert.equal(sideBefore('Bush said Tuesday he will leave.', 'Tuesday'), -1);
    assert.equal(sideBefore('The museum will open soon. He quit Friday.', 'Friday'), -1);
    assert.equal(sideBefore('The plan announced Aug. 21 stands.', 'Aug.'), -1);
    assert.equal(sideBefore('Dividends payable Jan. 2.', 'Jan.'), 0);
    assert.equal(sideBefore('Lower-than-expected earnings came after the market closed Wednesday.', 'Wednesday'), -1);
    assert.equal(sideBefore('The blasts next to the embassies on Friday.', 'Friday'), 0);
  });
});
