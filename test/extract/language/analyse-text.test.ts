import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseText } from '../../../lib/extract/language';

const verbsOf = (text: string) => analyseText(text).tokens.filter((t) => t.pos === 'VERB').map((t) => t.lemma);

test('finds the predicate verb in active, passive and phrasal clauses, with its lemma', () => {
  assert.deepEqual(verbsOf('The mayor walked across the bridge.'), ['walk']);
  assert.deepEqual(verbsOf('The firm filed for bankruptcy.'), ['file']);
  assert.deepEqual(verbsOf('The ship was launched yesterday.'), ['launch']);
});

test('negative: auxiliaries are not verbs of their own', () => {
  const tokens = analyseText('The ship was launched.').tokens;
  assert.equal(tokens.find((t) => t.text === 'was')?.pos, 'AUX');
});

test('every token slices the text at its offsets, through quotes, contractions and symbols', () => {
  const text = 'Ms. Lopez’s firm “filed” — can’t stop; the U.S. fund ($2bn) was launched in 2021.';
  const { tokens } = analyseText(text);
  assert.ok(tokens.length > 15);
  for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text);
  for (let i = 1; i < tokens.length; i++) assert.ok(tokens[i].start >= tokens[i - 1].end);
});

test('names are proper nouns; an empty text has no tokens', () => {
  const names = analyseText('Maria Lopez joined Acme Airlines.').tokens.filter((t) => t.pos === 'PROPN').map((t) => t.text);
  assert.deepEqual(names, ['Maria', 'Lopez', 'Acme', 'Airlines']);
  assert.deepEqual(analyseText('').tokens, []);
});
