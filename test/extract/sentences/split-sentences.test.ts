import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../../lib/extract/sentences/split-sentences';

test('abbreviations, initials and dotted acronyms do not end sentences; offsets slice the paragraph', () => {
  const paragraph = 'In Sept. 2019, Dr. J. Smith of the U.S. Army met Gen. Brown on Oct. 7. They spoke for an hour.';
  const sentences = splitSentences(paragraph);
  assert.deepEqual(sentences.map((s) => s.text), ['In Sept. 2019, Dr. J. Smith of the U.S. Army met Gen. Brown on Oct. 7.', 'They spoke for an hour.']);
  for (const s of sentences) assert.equal(paragraph.slice(s.start, s.end), s.text);
});

test('a closing quote after the stop ends the sentence', () => {
  assert.deepEqual(splitSentences('He said “we will return.” Officials did not comment.').map((s) => s.text), ['He said “we will return.”', 'Officials did not comment.']);
});

test('negative: lower-case continuation and ellipsis inside a quote do not split', () => {
  assert.equal(splitSentences('He visited Lebanon, Syria... met the heads of the groups.').length, 1);
});

test('the word before a stop is read back over letters and dots only, astral letters included', () => {
  // "Mr" after a non-letter is still the title; a word of astral letters is a word, not an abbreviation.
  assert.equal(splitSentences('He met (Mr. Brown) in Gaza. Then he left.').length, 2);
  assert.equal(splitSentences('The scroll read 𝒜𝒷𝒸. Then he left.').length, 2);
  // Negative: a listed abbreviation glued to an astral letter is not that abbreviation.
  assert.equal(splitSentences('He quoted 𝒜Mr. Then he left.').length, 2);
});
