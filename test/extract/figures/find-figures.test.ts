import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findFigures } from '../../../lib/extract/figures/find-figures';

test('counts tied to measures, with the text as written', () => {
  assert.deepEqual(findFigures('gunmen killed over 1,200 civilians and abducted more than 240 people'), [
    { measure: 'killed', value: 1200, text: 'over 1,200' },
    { measure: 'abducted', value: 240, text: 'more than 240' },
  ]);
  assert.deepEqual(findFigures('the massacre of 1,400 Israelis'), [{ measure: 'killed', value: 1400, text: '1,400' }]);
  assert.deepEqual(findFigures('at least 11 people were killed and 40 wounded'), [
    { measure: 'killed', value: 11, text: 'at least 11' },
    { measure: 'wounded', value: 40, text: '40' },
  ]);
  assert.deepEqual(findFigures('an arsenal of 1.5 million rockets'), [{ measure: 'rockets', value: 1500000, text: '1.5 million' }]);
});

test('negative: years, distances and uncounted numbers are not figures', () => {
  assert.deepEqual(findFigures('In 2023, 1,500 km of border were closed for 39 years.'), []);
  assert.deepEqual(findFigures('killed in 2014 during the war'), []);
});
