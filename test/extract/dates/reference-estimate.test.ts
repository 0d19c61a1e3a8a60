import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimateReferenceDate } from '../../../lib/extract/dates';

describe('estimateReferenceDate', () => {
  it('takes the latest full date the text states', () => {
    assert.deepEqual(estimateReferenceDate(['On October 7, 2023, Hamas attacked.', 'In 2019 they met.', 'On 5 May 2021 they spoke.']), {
      date: '2023-10-07',
      basis: 'latest date stated in the text: “October 7, 2023” (¶1)',
      precision: 'year',
    });
  });
  it('reads “two months ago in August 2023” as written in October 2023', () => {
    assert.deepEqual(estimateReferenceDate(['They met in 2019.', 'Velayati spoke to Haniyeh again just around two months ago in August 2023.']), {
      date: '2023-10-01',
      basis: '“two months ago in August 2023” (¶2) implies 2023-10',
      precision: 'month',
    });
  });
  it('falls back to the end of the latest month or year stated', () => {
    assert.deepEqual(estimateReferenceDate(['In June 2007 Hamas took Gaza.', 'In 2011 war began in Syria.', 'Since the 1990s…']), {
      date: '2011-12-31',
      basis: 'latest date stated in the text: “2011” (¶2), taken at its end',
      precision: 'year',
    });
  });
  it('knows the month when the latest date stated falls in the month an “ago” implies', () => {
    const paragraphs = ['On October 7, 2023, Hamas attacked.', 'Velayati spoke to Haniyeh again just around two months ago in August 2023.'];
    assert.deepEqual(estimateReferenceDate(paragraphs), {
      date: '2023-10-07',
      basis: 'latest date stated in the text: “October 7, 2023” (¶1), within what “two months ago in August 2023” (¶2) implies 2023-10',
      precision: 'month',
    });
  });
  it('negative: a latest date outside the implied month is a lower bound known to the year only', () => {
    const paragraphs = ['On November 12, 2023, they met.', 'They spoke two months ago in August 2023.'];
    assert.deepEqual(estimateReferenceDate(paragraphs), {
      date: '2023-11-12',
      basis: 'latest date stated in the text: “November 12, 2023” (¶1)',
      precision: 'year',
    });
  });
  it('ignores dates it would have to infer', () => {
    assert.equal(estimateReferenceDate(['On Saturday, in June, this year, Oct. 7.']), null);
  });
  it('is null without dates, and deterministic', () => {
    assert.equal(estimateReferenceDate(['No dates here.']), null);
    const paragraphs = ['In April 2023 they met.', 'On April 6, 2023 rockets were fired.'];
    assert.deepEqual(estimateReferenceDate(paragraphs), estimateReferenceDate(paragraphs));
  });
});
