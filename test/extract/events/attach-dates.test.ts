import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../../../lib/extract/dates';
import { datedHappenings } from '../../../lib/extract/events/dated-happenings';

const context = { referenceDate: '2024-06-01', referenceLabel: 'publication date', narrative: null, previousEvent: null, paragraph: 1 };

function attach(sentence: string): string[] {
  return datedHappenings(sentence, findDates(sentence, context)).items.map(
    (item) => `${item.mention.text}→${item.happening ? sentence.slice(item.happening.index, item.happening.end) : '(reference)'}`,
  );
}

test('a date times the verb before it, the noun it modifies, or the main verb after an opening date', () => {
  assert.deepEqual(attach('The envoys met in Geneva in July 2023.'), ['July 2023→met']);
  assert.deepEqual(attach('It has shaped policy since the 1979 Islamic Revolution.'), ['1979→Revolution']);
  assert.deepEqual(attach('In March 2022, the minister visited Kyiv.'), ['March 2022→visited']);
});

test('several happenings in one sentence each keep their own date', () => {
  assert.deepEqual(attach('It followed the outbreak of the civil war in 2011 and the Saudi attack in Yemen in March 2015.'), [
    '2011→outbreak of the civil war',
    'March 2015→attack',
  ]);
});

test('negative: a bound on a trend is no event, a tally of meetings is none either; a bare day stays a reference', () => {
  assert.deepEqual(attach('From the early 1990s, this bond has evolved.'), ['early 1990s→(reference)']);
  assert.deepEqual(attach('Officials met at least four times in 2023.'), []);
  assert.deepEqual(attach('Since October 7, the army has been on alert.'), ['October 7→(reference)']);
});

test('negative: a life span labelling a name and a habit date nothing; the happening beside them keeps its own date', () => {
  assert.deepEqual(attach('Critics compared it to the painter Henri Matisse (1869–1954).'), []);
  assert.deepEqual(attach('She met the sculptor Jean Arp (born 1886) in 1950.'), ['1950→met']);
  assert.deepEqual(attach('The rainy season usually begins in late October.'), []);
});

test('a date opening a coordinated clause without a comma times that clause\'s verb', () => {
  assert.deepEqual(attach('In 2008 the party joined the coalition; the following year it walked out.'), ['2008→joined', 'following year→walked out']);
  assert.deepEqual(attach('The firm was fined in 2017, and in 2019 the board paid the penalty.'), ['2017→fined', '2019→paid']);
});

test('negative: a date after a verb with no clause break is that verb\'s, not the next clause\'s', () => {
  assert.deepEqual(attach('The union said in 2019 the strike ended.'), ['2019→said']);
});

test('a date followed by a when-clause times the clause\'s verb, even a bound one', () => {
  assert.deepEqual(attach('It is the first stoppage since June 2019, when a nine-day walkout paralysed the ports.'), ['June 2019→paralysed']);
});

test('negative: a bound date with no when-clause times no verb after it', () => {
  assert.deepEqual(attach('It is the first stoppage since June 2019 and the ports reopened.'), ['June 2019→(reference)']);
});

test("a date in the genitive (\"this year's meeting\") does not keep an opening date from its main verb", () => {
  assert.ok(attach("Yesterday, at this year's annual summit in Oslo, the ministers signed the treaty.").includes('Yesterday→signed the treaty'));
  assert.ok(attach("On Tuesday, at last year's venue, the council approved the budget.").includes('Tuesday→approved'));
});

test('negative: a date that is not in the genitive still stands between an opening date and a later verb', () => {
  assert.deepEqual(attach('Yesterday, after talks in 2019 had failed, the ministers signed the treaty.'), ['Yesterday→(reference)']);
});

test('a date coordinated with a dated one ("in March and June") times the same happening again', () => {
  assert.deepEqual(attach('The envoy visited Kyiv in March and June.'), ['March→visited', 'June→visited']);
  assert.deepEqual(attach('The council met in 2019 and in 2021.'), ['2019→met', '2021→met']);
});

test('negative: a second date with a verb of its own keeps that verb', () => {
  assert.deepEqual(attach('Sales rose in May and fell in June.'), ['May→rose', 'June→fell']);
});

test('a year naming a thing ("the 2024 budget") times no verb and blocks no other date', () => {
  assert.deepEqual(attach('The council approved the 2024 budget on Monday.'), ['Monday→approved']);
  assert.deepEqual(attach('Apple released the 2011 version of its software suite.'), []);
});

test('negative: an attributive year still times the happening noun it modifies, or the participle after its noun', () => {
  assert.deepEqual(attach('The party won the 2023 election by a landslide.'), ['2023→election by a landslide']);
  assert.deepEqual(attach('It was a breach of the 1991 settlement reached between the two parties.'), ['1991→reached']);
});

test('a day before the noun of an opening phrase opens the clause ("At a Monday press conference, …")', () => {
  assert.deepEqual(attach('At a Monday press conference, the minister announced the plan.'), ['Monday→announced']);
});

test('a date after a verb a modal or a denial made no happening times no verb before it', () => {
  assert.deepEqual(attach('The firm said it would raise prices in the autumn.'), []);
  assert.deepEqual(attach('The firm said it raised prices in the autumn.'), ['autumn→raised'], 'negative: a happening verb keeps the date');
});

test('a noun in a verb\'s object is governed across a percent sign: the verb owns the date', () => {
  assert.deepEqual(attach('The firm reported a 23% fall in profit on Thursday.'), ['Thursday→reported']);
  assert.deepEqual(attach('The 23% fall in profit on Thursday shocked investors.'), ['Thursday→fall'], 'negative: as the subject, the noun keeps it');
});
