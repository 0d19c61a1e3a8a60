// Integration: findDates and advanceNarrative over sentences copied from data/articles/*.md.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { advanceNarrative, findDates } from '../../../lib/extract/dates';
import type { Narrative } from '../../../lib/extract/dates/types';
import { context } from './helpers';

type Row = [text: string, start: string, end: string, precision: string, rule: string | null];

function rows(sentence: string, overrides = {}): Row[] {
  return findDates(sentence, context(overrides)).map((m) => [m.text, m.date.start, m.date.end, m.date.precision, m.date.inferred?.rule ?? null]);
}

describe('corpus sentences', () => {
  it('cut-hamas-off-from-tehran ¶6: Saturday before the reference date', () => {
    const sentence = 'Iranian Supreme Leader Ali Khamenei’s statements to a Hamas delegation in Tehran on Saturday regarding the need to continue the struggle';
    assert.deepEqual(rows(sentence, { referenceDate: '2025-02-10' }), [['Saturday', '2025-02-08', '2025-02-08', 'day', 'weekday-from-reference']]);
  });

  it('iran-hamas-officials-met-four-times-2023 ¶6: a weekday, a year and a day in one sentence', () => {
    const sentence = 'The Meir Amit Intelligence and Terrorism Information Center (ITIC) issued a report on Sunday saying that top Iranian and Hamas officials had met at least four times in 2023 leading into the October 7 invasion of the South.';
    assert.deepEqual(rows(sentence, { referenceDate: '2023-10-24' }), [
      ['Sunday', '2023-10-22', '2023-10-22', 'day', 'weekday-from-reference'],
      ['2023', '2023-01-01', '2023-12-31', 'year', null],
      ['October 7', '2023-10-07', '2023-10-07', 'day', 'sentence-year'],
    ]);
  });

  it('iran-hamas-officials-met-four-times-2023 ¶8: 1,400 Israelis is not a date', () => {
    const sentence = 'Multiple Israeli officials have told The Jerusalem Post that although Tehran did not give an explicit order to carry out the October 7 massacre of 1,400 Israelis, mostly civilians, Hamas could not have succeeded';
    assert.deepEqual(rows(sentence).map((r) => r[0]), ['October 7']);
  });

  it('iran-support-hamas-multi-front-escalation ¶2: Sept. 2019, the 1980s and 39 years ago', () => {
    const sentence = 'In Sept. 2019, Ayatollah Ahmad Alamolhoda, the Friday Prayer Imam of Mashhad, spoke about Iran’s geostrategic position and its status in the 1980s: “39 years ago, [the Iraqis] launched attacks from our';
    assert.deepEqual(rows(sentence, { referenceDate: '2023-04-06' }), [
      ['Sept. 2019', '2019-09-01', '2019-09-30', 'month', null],
      ['1980s', '1980-01-01', '1989-12-31', 'decade', null],
      ['39 years ago', '1980-01-01', '1980-12-31', 'year', 'relative-to-speech-date'],
    ]);
  });

  it('iran-support-hamas-multi-front-escalation ¶5: month, week of month and full date', () => {
    const narrative = { year: 2023, month: 4, text: 'April 2023', paragraph: 5 };
    const sentence = 'Esmail Qaani visited Lebanon in the first week of April and met with officials; the rocket fire from southern Lebanon into Israel on April 6, 2023 was taken at that meeting.';
    assert.deepEqual(rows(sentence, { narrative, referenceDate: '2023-04-10' }), [
      ['first week of April', '2023-04-01', '2023-04-07', 'week', 'narrative-year'],
      ['April 6, 2023', '2023-04-06', '2023-04-06', 'day', null],
    ]);
  });

  it('iran-hamas-complex-enduring-alliance ¶14: the explicit early 1990s wins over “three years later”', () => {
    const sentence = 'Hamas was founded in 1987 at the onset of the First Intifada. Just three years later, in the early 1990s, Iran began to extend its support.';
    assert.deepEqual(rows(sentence), [
      ['1987', '1987-01-01', '1987-12-31', 'year', null],
      ['early 1990s', '1990-01-01', '1993-12-31', 'approximate', null],
    ]);
  });

  it('iran-hamas-complex-enduring-alliance ¶17: a 2020 report', () => {
    assert.deepEqual(rows('According to a 2020 US Department of State report, Iran provides up to $100 million annually to Palestinian groups.'), [
      ['2020', '2020-01-01', '2020-12-31', 'year', null],
    ]);
  });

  it('iran-support-hamas-multi-front-escalation ¶9: years, months and recent years', () => {
    const sentence = 'this occurred following Hamas’ support for the Syrian opposition after the outbreak of the civil war in Syria in 2011 and its support for Saudi Arabia following the Saudi attack in Yemen in March 2015 leading to temporary tensions';
    assert.deepEqual(rows(sentence).map((r) => r[0]), ['2011', 'March 2015']);
  });
});

describe('reading an article in order', () => {
  // iran-hamas-officials-met-four-times-2023 ¶24–¶36, one sentence per paragraph.
  const paragraphs: [number, string][] = [
    [24, 'In July 2022, Iranian Foreign Minister Hossein Amir-Abdollahian met with representatives of the Palestinian terrorist organizations in Syria, including Hamas,'],
    [25, 'The Iranian foreign minister later met with representatives of the Palestinian terrorist organizations in Damascus, including the Hamas delegation headed by Usama Hamdan in January 2023.'],
    [26, 'Next, it was reported in April that Esmail Ghaani, commander of the IRGC’s Quds Force, met with Hamas leader Isma’il Haniyeh and his deputy Saleh al-‘Arouri in Damascus.'],
    [27, 'Then, a Hamas delegation headed by Haniyeh went to Tehran in June.'],
    [29, 'Finally, senior Quds Force and Hamas officials met in July 2023.'],
    [32, 'Moreover, Hamas and Iran held numerous phone conferences between top officials in 2023.'],
    [33, 'In January, Iran’s foreign minister spoke on the phone with Haniyeh.'],
    [36, 'Velayati spoke to Haniyeh again just around two months ago in August 2023.'],
  ];

  it('completes each month from the year the article last stated', () => {
    let narrative: Narrative | null = null;
    const seen: [number, string, string, string | null][] = [];
    for (const [paragraph, sentence] of paragraphs) {
      const mentions = findDates(sentence, context({ narrative, paragraph, referenceDate: '2023-10-24' }));
      for (const m of mentions) seen.push([paragraph, m.text, m.date.start, m.date.inferred ? `${m.date.inferred.rule} ${m.date.inferred.anchor}` : null]);
      narrative = advanceNarrative(narrative, mentions, paragraph);
    }
    assert.deepEqual(seen, [
      [24, 'July 2022', '2022-07-01', null],
      [25, 'January 2023', '2023-01-01', null],
      [26, 'April', '2023-04-01', 'narrative-year “January 2023” (¶25)'],
      [27, 'June', '2023-06-01', 'narrative-year “January 2023” (¶25)'],
      [29, 'July 2023', '2023-07-01', null],
      [32, '2023', '2023-01-01', null],
      [33, 'January', '2023-01-01', 'earlier-full-date “January 2023” (¶25)'],
      [36, 'August 2023', '2023-08-01', null],
    ]);
    assert.deepEqual(narrative, {
      year: 2023,
      month: 8,
      text: 'August 2023',
      paragraph: 36,
      knownDates: {
        '07': { year: 2023, text: 'July 2023', paragraph: 29 },
        '01': { year: 2023, text: 'January 2023', paragraph: 25 },
        '08': { year: 2023, text: 'August 2023', paragraph: 36 },
      },
    });
  });
});
