import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseText } from '../../../lib/extract/language';
import { headOf, phraseEndingAt, phraseStartingAt, subjectEndingAt, type TokenRange } from '../../../lib/extract/stance/noun-phrase';

const tokensOf = (text: string) => analyseText(text).tokens;
const words = (text: string, range: TokenRange | null) => {
  const tokens = tokensOf(text);
  return range && text.slice(tokens[range.start].start, tokens[range.end - 1].end);
};
const at = (text: string, word: string) => tokensOf(text).findIndex((token) => token.text === word);

test('the phrase before a verb keeps possessives and names joined by "of" or "and"', () => {
  const text = 'The Supreme Leader of Ruritania said it.';
  assert.equal(words(text, phraseEndingAt(tokensOf(text), at(text, 'said'))), 'The Supreme Leader of Ruritania');
  const report = "Acme's annual report said it.";
  assert.equal(words(report, phraseEndingAt(tokensOf(report), at(report, 'said'))), "Acme's annual report");
});

test('negative: a determiner opens a new phrase, and a clause opener or a date is no part of one', () => {
  const statement = 'according to a statement the ministry issued.';
  assert.equal(words(statement, phraseStartingAt(tokensOf(statement), 2)), 'a statement');
  const told = 'Officials told the Vell Post that it rained.';
  assert.equal(words(told, phraseStartingAt(tokensOf(told), at(told, 'the'))), 'the Vell Post');
  assert.equal(phraseStartingAt(tokensOf(told), at(told, 'that')), null);
});

test('a subject keeps its complements; its head is the noun before them', () => {
  const text = 'The strike on the port was confirmed.';
  const tokens = tokensOf(text);
  const subject = subjectEndingAt(tokens, at(text, 'was'));
  assert.equal(words(text, subject), 'The strike on the port');
  assert.equal(tokens[headOf(tokens, subject!)].text, 'strike');
});
