import assert from 'node:assert/strict';
import { test } from 'node:test';
import { happeningWord } from '../../../lib/extract/events/happening-word';
import { analyseText } from '../../../lib/extract/language';
import type { Happening } from '../../../lib/extract/events/types';

function wordOf(sentence: string, text: string, happening: Omit<Happening, 'index' | 'end' | 'text'>): string {
  const index = sentence.indexOf(text);
  return happeningWord(analyseText(sentence).tokens, { ...happening, index, end: index + text.length, text });
}

test('the word of the happening’s kind names it, as a lemma', () => {
  assert.equal(wordOf('Vell launched attacks on the depot in May.', 'launched attacks', { family: 'attack', kind: 'verb', verb: { text: 'launched', lemma: 'launch' } }), 'attack');
  assert.equal(wordOf('The massacres in May shocked Ruritania.', 'massacres', { family: 'attack', kind: 'noun' }), 'massacre');
});

test('negative: a verb outside any synonym group is named by its own lemma', () => {
  assert.equal(wordOf('Acme reorganised its board in May.', 'reorganised', { family: 'reorganise', kind: 'verb', verb: { text: 'reorganised', lemma: 'reorganise' } }), 'reorganise');
});
