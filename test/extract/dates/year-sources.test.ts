// Where a partial date's year comes from: an earlier full date with the same month-day
// (earlier-full-date), a year earlier in the sentence (sentence-year), the narrative, the reference.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { advanceNarrative, findDates, rememberDates } from '../../../lib/extract/dates';
import type { DateContext, Narrative } from '../../../lib/extract/dates/types';
import { context, spans } from './helpers';

type Row = [text: string, start: string, precision: string, inference: string | null];

function rows(sentence: string, overrides: Partial<DateContext> = {}): Row[] {
  return findDates(sentence, context(overrides)).map((m) => [m.text, m.date.start, m.date.precision, m.date.inferred ? `${m.date.inferred.rule} ${m.date.inferred.anchor}` : null]);
}

/**
 * Reads [paragraph, sentence] pairs in order, threading the narrative; returns every mention. Like
 * the corpus articles these sentences come from, the article states no publication date, so the
 * narrative year holds across paragraphs (see refiners/narrative-year).
 */
function read(sentences: [number, string][], referenceDate: string): Row[] {
  let narrative: Narrative | null = null;
  const seen: Row[] = [];
  for (const [paragraph, sentence] of sentences) {
    const mentions = findDates(sentence, context({ narrative, paragraph, referenceDate, referenceEstimated: true, referenceLabel: 'estimated publication date' }));
    seen.push(...mentions.map((m): Row => [m.text, m.date.start, m.date.precision, m.date.inferred ? `${m.date.inferred.rule} ${m.date.inferred.anchor}` : null]));
    narrative = advanceNarrative(narrative, mentions, paragraph);
  }
  return seen;
}

describe('sentence-year', () => {
  it('completes a month-day from a year stated earlier in the same sentence', () => {
    const sentence = 'top Iranian and Hamas officials had met at least four times in 2023 leading into the October 7 invasion of the South.';
    assert.deepEqual(rows(sentence, { referenceDate: '2023-10-24', paragraph: 6 }), [
      ['2023', '2023-01-01', 'year', null],
      ['October 7', '2023-10-07', 'day', 'sentence-year “2023” (¶6)'],
    ]);
  });
  it('outranks the narrative year', () => {
    const narrative = { year: 2019, month: null, text: '2019', paragraph: 2 };
    assert.deepEqual(rows('In 2021 the talks resumed, and in June they stalled.', { narrative, referenceDate: '2023-10-24', paragraph: 4 })[1], ['June', '2021-06-01', 'month', 'sentence-year “2021” (¶4)']);
  });
  it('takes the nearest preceding year when the sentence states two', () => {
    const sentence = 'Founded in 1987, the group moved its office in 2012, and on February 6 it left Damascus.';
    assert.deepEqual(rows(sentence, { referenceDate: '2023-10-24', paragraph: 3 }).at(-1), ['February 6', '2012-02-06', 'day', 'sentence-year “2012” (¶3)']);
  });
  it('takes the year of a preceding full date', () => {
    const sentence = 'On January 22, 2023, an official said talks would resume on March 3.';
    assert.deepEqual(rows(sentence, { referenceDate: '2023-10-24', paragraph: 3 }).at(-1), ['March 3', '2023-03-03', 'day', 'sentence-year “January 22, 2023” (¶3)']);
  });
  it('never looks at a year stated after the date', () => {
    assert.deepEqual(rows('On October 3, before the 2023 war, officials met.', { referenceDate: '2023-10-24' })[0], ['October 3', '2023-10-03', 'day', 'reference-year publication date 2023-10-24']);
    assert.deepEqual(rows('On October 3, before the 2021 talks, officials met.', { referenceDate: '2023-10-24' })[0][1], '2023-10-03');
  });
  it('is not used when it would put the date after the reference date', () => {
    const sentence = 'On January 22, 2025, a top Iranian official stated that Tehran “didn’t know about Oct. 7”';
    assert.deepEqual(rows(sentence, { referenceDate: '2025-02-10', referenceLabel: 'estimated publication date', paragraph: 50 }), [
      ['January 22, 2025', '2025-01-22', 'day', null],
      ['Oct. 7', '2024-10-07', 'day', 'reference-year estimated publication date 2025-02-10'],
    ]);
  });
  it('falls back to the narrative year when the sentence year is too late', () => {
    const narrative = { year: 2023, month: null, text: '2023', paragraph: 30 };
    const sentence = 'On January 22, 2025, a top Iranian official stated that Tehran “didn’t know about Oct. 7”';
    assert.deepEqual(rows(sentence, { narrative, referenceDate: '2025-02-10', referenceEstimated: true })[1], ['Oct. 7', '2023-10-07', 'day', 'narrative-year “2023” (¶30)']);
  });
  it('dates “on October 3” four days before the attack, dropping the relative phrase', () => {
    const sentence = 'In 2023, just four days before Hamas launched its attack on Israel, on October 3, Khamenei spoke.';
    assert.deepEqual(rows(sentence, { referenceDate: '2025-02-10', paragraph: 33 }), [
      ['2023', '2023-01-01', 'year', null],
      ['October 3', '2023-10-03', 'day', 'sentence-year “2023” (¶33)'],
    ]);
    const narrative = { year: 2023, month: 10, text: 'October 7, 2023', paragraph: 31 };
    assert.deepEqual(rows('just four days before Hamas launched its attack on Israel, on October 3, Khamenei spoke.', { narrative, referenceDate: '2025-02-10', referenceEstimated: true }), [
      ['October 3', '2023-10-03', 'day', 'narrative-year “October 7, 2023” (¶31)'],
    ]);
  });
  it('keeps “two months ago in August 2023” as the stated month', () => {
    assert.deepEqual(rows('Velayati spoke to Haniyeh again just around two months ago in August 2023.', { referenceDate: '2025-02-10' }), [['August 2023', '2023-08-01', 'month', null]]);
  });
  it('ignores inferred, relative and decade mentions before the date', () => {
    assert.deepEqual(rows('In the 1990s, and in June, they met on October 3.', { referenceDate: '2023-10-24' }).map((r) => r[3]?.split(' ')[0] ?? null), [null, 'reference-year', 'reference-year']);
    assert.deepEqual(rows('Two years ago, on October 3, they met.', { referenceDate: '2023-10-24' }).at(-1)?.[3]?.split(' ')[0], 'reference-year');
  });
});

describe('earlier-full-date', () => {
  const opening: [number, string] = [1, 'Iran has been linked to the October 7, 2023 massacre by Hamas.'];

  it('gives a repeated month-day the year of the full date, over the narrative year', () => {
    assert.deepEqual(read([opening, [4, 'As early as 2015, Iran funded Hamas.'], [5, 'Officials denied any role in the October 7 attacks.']], '2025-02-10'), [
      ['October 7, 2023', '2023-10-07', 'day', null],
      ['2015', '2015-01-01', 'year', null],
      ['October 7', '2023-10-07', 'day', 'earlier-full-date “October 7, 2023” (¶1)'],
    ]);
  });
  it('outranks a year stated earlier in the same sentence', () => {
    const seen = read([opening, [50, 'On January 22, 2025, a top Iranian official stated that Tehran “didn’t know about Oct. 7”']], '2025-02-10');
    assert.deepEqual(seen.slice(1), [
      ['January 22, 2025', '2025-01-22', 'day', null],
      ['Oct. 7', '2023-10-07', 'day', 'earlier-full-date “October 7, 2023” (¶1)'],
    ]);
  });
  it('does not lend its year to another day of the same month', () => {
    const seen = read([opening, [4, 'As early as 2015, Iran funded Hamas.'], [5, 'Officials met on October 8 and October 17.']], '2025-02-10');
    assert.deepEqual(seen.slice(2), [
      ['October 8', '2015-10-08', 'day', 'narrative-year “2015” (¶4)'],
      ['October 17', '2015-10-17', 'day', 'narrative-year “2015” (¶4)'],
    ]);
  });
  it('does not lend its year to the same day of another month', () => {
    const seen = read([opening, [4, 'As early as 2015, Iran funded Hamas.'], [5, 'Officials met on November 7.']], '2025-02-10');
    assert.deepEqual(seen.at(-1), ['November 7', '2015-11-07', 'day', 'narrative-year “2015” (¶4)']);
  });
  it('does not apply to a full date stated only later in the article', () => {
    const seen = read([[3, 'Officials denied any role in the October 7 attacks.'], opening], '2025-02-10');
    assert.deepEqual(seen[0], ['October 7', '2024-10-07', 'day', 'reference-year estimated publication date']);
  });
  it('uses a full date stated earlier in the same sentence', () => {
    const sentence = 'The October 7, 2023 massacre was planned since 2015, and the October 7 attackers trained in Iran.';
    assert.deepEqual(rows(sentence, { referenceDate: '2025-02-10', paragraph: 2 }).at(-1), ['October 7', '2023-10-07', 'day', 'earlier-full-date “October 7, 2023” (¶2)']);
  });
  it('uses the latest statement of the month-day', () => {
    const seen = read([opening, [9, 'Memorials were held on October 7, 2024 across Israel.'], [12, 'As early as 2015, Iran funded Hamas.'], [13, 'Since October 7, the front has widened.']], '2025-02-10');
    assert.deepEqual(seen.at(-1), ['October 7', '2024-10-07', 'day', 'earlier-full-date “October 7, 2024” (¶9)']);
  });
  it('gives a bare month the year of an earlier month-and-year, unless its sentence states a year first', () => {
    const seen = read([[1, 'Talks began in August 2023.'], [2, 'As early as 2015, Iran funded Hamas.'], [3, 'In August, Velayati spoke to Haniyeh.'], [4, 'In 2019 and again in August, they met.']], '2025-02-10');
    assert.deepEqual(seen.slice(2), [
      ['August', '2023-08-01', 'month', 'earlier-full-date “August 2023” (¶1)'],
      ['2019', '2019-01-01', 'year', null],
      ['August', '2019-08-01', 'month', 'sentence-year “2019” (¶4)'],
    ]);
  });
  it('does not give a day the year of a month-and-year, nor a month the year of a day', () => {
    const seen = read([[1, 'Talks began in August 2023 and ended on October 7, 2023.'], [2, 'As early as 2015, Iran funded Hamas.'], [3, 'They met on August 4 and in October.']], '2025-02-10');
    assert.deepEqual(seen.slice(-2).map((r) => r[3]), ['narrative-year “2015” (¶2)', 'narrative-year “2015” (¶2)']);
  });
  it('can be fed from rememberDates without a narrative', () => {
    const knownDates = rememberDates(undefined, findDates('the October 7, 2023 massacre', context()), 1);
    assert.deepEqual(knownDates, { '10-07': { year: 2023, text: 'October 7, 2023', paragraph: 1 } });
    const narrative = { year: 2015, month: null, text: '2015', paragraph: 4, knownDates };
    assert.deepEqual(rows('the October 7 attacks', { narrative }), [['October 7', '2023-10-07', 'day', 'earlier-full-date “October 7, 2023” (¶1)']]);
  });
});

describe('no same-sentence year and no earlier full date', () => {
  it('keeps the narrative year when not after the reference date', () => {
    const narrative = { year: 2015, month: null, text: '2015', paragraph: 4 };
    assert.deepEqual(rows('the October 7 attacks', { narrative, referenceDate: '2025-02-10', paragraph: 4 }), [['October 7', '2015-10-07', 'day', 'narrative-year “2015” (¶4)']]);
  });
  it('otherwise takes the most recent such day not after the reference date', () => {
    const narrative = { year: 2025, month: null, text: '2025', paragraph: 4 };
    assert.deepEqual(rows('the October 7 attacks', { narrative, referenceDate: '2025-02-10' }), [['October 7', '2024-10-07', 'day', 'reference-year publication date 2025-02-10']]);
  });
});

describe('explicit-over-relative keeps two times', () => {
  it('keeps the ends of a stretch ("this year through August", "from today through Nov. 17")', () => {
    assert.deepEqual(spans('sales fell this year through August', { referenceDate: '1989-10-27' }).map((s) => s[0]), ['this year', 'August']);
    assert.deepEqual(spans('at the same price from today through Nov. 17.', { referenceDate: '1989-10-27' }).map((s) => s[0]), ['today', 'Nov. 17']);
  });
  it('keeps a day named from the reference beside another stated date', () => {
    assert.deepEqual(spans('Mr. Doyle yesterday trimmed his 1990 earnings projection.', { referenceDate: '1989-10-26' }).map((s) => s[0]), ['yesterday', '1990']);
  });
  it('negative: a restatement right after still drops the relative phrase', () => {
    assert.deepEqual(spans('around two months ago in August 2023', { referenceDate: '2025-02-10' }).map((s) => s[0]), ['August 2023']);
  });
});

describe('sentence-year from last/this/next year', () => {
  it('gives a month the year "last year" names earlier in the sentence', () => {
    assert.deepEqual(rows('The mission almost ended last year, when a valve forced engineers to shut down a thruster in July.', { referenceDate: '2026-11-18' })[1], ['July', '2025-07-01', 'month', 'sentence-year “last year” (¶1)']);
  });
  it('negative: a count of years ago or a stretch names no single year to lend', () => {
    assert.equal(rows('Two years ago, in July, they met.', { referenceDate: '2026-11-18' })[1][3]?.split(' ')[0], 'reference-year');
  });
});
