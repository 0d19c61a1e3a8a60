import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scanWords } from '../../../lib/extract/actors/scan-words';
import { APOSTROPHES } from '../../../lib/extract/actors/words';

const LETTER = '[\\p{L}\\p{M}\\p{N}]';
const APOSTROPHE = `[${APOSTROPHES}]`;
/** The pattern scanWords stands for. */
const WORD = new RegExp(`(?<word>${LETTER}+(?:${APOSTROPHE}${LETTER}+)*)(?<trailing>${APOSTROPHE}(?!${LETTER}))?`, 'gu');

const viaPattern = (text: string) => [...text.matchAll(WORD)].map((m) => ({ start: m.index, word: m.groups!.word, trailing: m.groups!.trailing !== undefined }));

describe('scanWords', () => {
  it('reads words with inner apostrophes, possessives and closing quotes', () => {
    assert.deepEqual(scanWords("Sa’id's 'house' of Jones’ ok"), [
      { start: 0, word: "Sa’id's", trailing: false },
      { start: 9, word: 'house', trailing: true },
      { start: 16, word: 'of', trailing: false },
      { start: 19, word: 'Jones', trailing: true },
      { start: 26, word: 'ok', trailing: false },
    ]);
  });

  it('finds no word in punctuation, spaces or symbols', () => {
    assert.deepEqual(scanWords(" -- ' ’ … $ % 😀 "), []);
  });

  it('reads letters, marks and digits of any script, and letters outside the BMP', () => {
    for (const text of ['Zoë Müller, 1,400 people', 'al-ʿUla and Shiʾite', 'Ｔｏｋｙｏ 東京 𝐀𝐁 x´y a`', 'e\u0301te\u0301 Москва', 'end’', '’start']) {
      assert.deepEqual(scanWords(text), viaPattern(text), text);
    }
  });

  it('gives what the pattern gives on random strings of letters, apostrophes, marks and surrogates', () => {
    const alphabet = ['a', 'Z', '7', ' ', '.', "'", '`', '’', '‘', '´', 'ʿ', 'ʾ', '\u0301', 'é', '😀', '𝐀', '\ud800', '\udc00', '-'];
    let seed = 1;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      assert.deepEqual(scanWords(text), viaPattern(text), JSON.stringify(text));
    }
  });

  it('gives what the pattern gives on every article of the corpus', () => {
    const dir = path.join(import.meta.dirname, '../../../data/articles');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      assert.deepEqual(scanWords(text), viaPattern(text), file);
    }
  });
});
