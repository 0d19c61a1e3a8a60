import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stanceInWords } from '../../lib/format/stance-in-words';

test('a claimant the text names is shown as written', () => {
  assert.equal(stanceInWords('reported', 'Multiple Ruritanian officials'), 'Reported by Multiple Ruritanian officials');
  assert.equal(stanceInWords('denied', 'The Acme board'), 'Denied by The Acme board');
  assert.equal(stanceInWords('confirmed', 'the coast guard'), 'Confirmed by the coast guard');
});

test('negative: with no claimant, no one is named; what the source states is its own', () => {
  assert.equal(stanceInWords('reported', null), 'Reported (the source names no one)');
  assert.equal(stanceInWords('alleged', null), 'Alleged');
  assert.equal(stanceInWords('stated', null), 'Stated by the source');
});
