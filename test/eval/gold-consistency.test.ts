import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gold } from './fixtures';
import { citationProblems, uncitedArticles } from './gold-consistency';

const ARTICLES = new Map([
  ['timeline', ['Intro paragraph', '## 2019', '- 14 May: The council votes.']],
  ['wire', ['LAGOS, March 4 (Wire) – Workers walked out on Monday.']],
]);
const DAY: [string, string, 'day'] = ['2019-05-14', '2019-05-14', 'day'];

describe('citationProblems', () => {
  it('accepts citations of existing body paragraphs', () => {
    assert.deepEqual(citationProblems([gold('vote', DAY, [['timeline', 3], ['wire', 1]])], ARTICLES), []);
  });

  it('reports an unknown source', () => {
    assert.deepEqual(citationProblems([gold('vote', DAY, [['blog', 1]])], ARTICLES), ['vote: unknown source blog']);
  });

  it('reports a paragraph beyond the end of the article', () => {
    assert.deepEqual(citationProblems([gold('vote', DAY, [['wire', 2]])], ARTICLES), ['vote: wire has 1 paragraphs, not 2']);
  });

  it('reports a cited heading', () => {
    assert.deepEqual(citationProblems([gold('vote', DAY, [['timeline', 2]])], ARTICLES), ['vote: timeline ¶2 is a heading']);
  });
});

describe('uncitedArticles', () => {
  it('lists the articles no event cites', () => {
    assert.deepEqual(uncitedArticles([gold('vote', DAY, [['timeline', 3]])], ARTICLES.keys()), ['wire']);
  });

  it('is empty when every article is cited', () => {
    assert.deepEqual(uncitedArticles([gold('vote', DAY, [['timeline', 3], ['wire', 1]])], ARTICLES.keys()), []);
  });
});
