import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { narrative, spans } from '../helpers';

const publication = { referenceDate: '2026-06-09', paragraph: 6 };

describe('narrative-year', () => {
  it('completes a day with the year its own paragraph stated', () => {
    assert.deepEqual(spans('The firm missed a payment on April 30.', { ...publication, narrative: narrative(2017, '2017', 6) })[0].slice(1, 3), ['2017-04-30', '2017-04-30']);
  });
  it('completes the items under a heading that states the year', () => {
    assert.deepEqual(spans('- 30 August: The chief executive steps down.', { ...publication, narrative: { ...narrative(2024, '2024', 2), heading: true } })[0][1], '2024-08-30');
  });
  it('holds across paragraphs when the publication date is only an estimate', () => {
    assert.deepEqual(spans('On October 3, the leader spoke.', { referenceDate: '2024-06-01', referenceEstimated: true, paragraph: 9, narrative: narrative(2023, 'October 7, 2023', 7) })[0][1], '2023-10-03');
  });
  it('negative: against a stated publication date, an earlier paragraph\'s year does not date a later "April 30"', () => {
    assert.deepEqual(spans('The firm missed a payment on April 30.', { ...publication, narrative: narrative(2017, '2017', 5) })[0][1], '2026-04-30');
  });
});

describe('narrative-year, carried on by the sentence', () => {
  it('holds across paragraphs when the sentence opens by continuing the narrative', () => {
    assert.deepEqual(spans('Then, a delegation went to Tehran in June.', { ...publication, narrative: narrative(2019, '2019', 5) })[0][1], '2019-06-01');
    assert.deepEqual(spans('Later, the firm missed a payment on April 30.', { ...publication, narrative: narrative(2017, '2017', 5) })[0][1], '2017-04-30');
  });
  it('negative: a word merely starting like a continuer does not ("Thence", "Laterally")', () => {
    assert.deepEqual(spans('Laterally, the firm missed a payment on April 30.', { ...publication, narrative: narrative(2017, '2017', 5) })[0][1], '2026-04-30');
  });
});
