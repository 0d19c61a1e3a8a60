// The shipped gold annotation must parse and cite paragraphs that exist in the shipped articles.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseArticle } from '../../lib/articles/parse-article';
import { parseGold } from '../../lib/eval/parse-gold';
import { citationProblems } from './gold-consistency';

const ROOT = join(import.meta.dirname, '..', '..');
const GOLD_FILE = join(ROOT, 'data', 'annotations', 'events.yaml');
const ARTICLES_DIR = join(ROOT, 'data', 'articles');

describe('data/annotations/events.yaml', () => {
  const gold = parseGold(readFileSync(GOLD_FILE, 'utf8'), GOLD_FILE);
  const paragraphsBySlug = new Map(
    readdirSync(ARTICLES_DIR)
      .filter((name) => name.endsWith('.md'))
      .map((name) => parseArticle(name, readFileSync(join(ARTICLES_DIR, name), 'utf8')))
      .map((article) => [article.slug, article.paragraphs.map((paragraph) => paragraph.text)]),
  );

  it('cites only existing body paragraphs of existing articles', () => {
    assert.deepEqual(citationProblems(gold, paragraphsBySlug), []);
  });

  it('cites the October 7 attack from every article', () => {
    const attack = gold.find((event) => event.id === 'oct7-attack');
    assert.deepEqual(new Set(attack?.citations.map((c) => c.source)), new Set(paragraphsBySlug.keys()));
  });
});
