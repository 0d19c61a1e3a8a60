// The styles gold (issue 13: ten articles in ten styles) must parse and fit its articles.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ARTICLE_EXTENSION, parseArticle } from '../../lib/articles/parse-article';
import { parseGold } from '../../lib/eval/parse-gold';
import { spanShapeProblem } from '../../lib/eval/span-fits-precision';
import { citationProblems, uncitedArticles } from './gold-consistency';

const ROOT = join(import.meta.dirname, '..', '..');
const STYLES_DIR = join(ROOT, 'data', 'annotations', 'styles');
const GOLD_FILE = join(STYLES_DIR, 'events.yaml');
const ARTICLES_DIR = join(STYLES_DIR, 'articles');

describe('data/annotations/styles/events.yaml', () => {
  const gold = parseGold(readFileSync(GOLD_FILE, 'utf8'), GOLD_FILE);
  const articles = readdirSync(ARTICLES_DIR)
    .filter((name) => ARTICLE_EXTENSION.test(name))
    .map((name) => parseArticle(name, readFileSync(join(ARTICLES_DIR, name), 'utf8')));
  const paragraphsBySlug = new Map(articles.map((article) => [article.slug, article.paragraphs.map((p) => p.text)]));

  it('cites only existing body paragraphs of existing articles', () => {
    assert.deepEqual(citationProblems(gold, paragraphsBySlug), []);
  });

  it('annotates every article', () => {
    assert.deepEqual(uncitedArticles(gold, paragraphsBySlug.keys()), []);
  });

  it('gives every span the shape of its precision', () => {
    for (const event of gold) assert.equal(spanShapeProblem(event.start, event.end, event.precision), null, event.id);
  });

  it('dates every article, since its deictic dates ("last Friday", "today") resolve against publication', () => {
    for (const article of articles) assert.ok(article.frontMatter.published, `${article.slug} has no published date`);
  });

  it('has happenings reported by two articles, so cross-article merges are measured', () => {
    const crossSource = gold.filter((event) => new Set(event.citations.map((c) => c.source)).size > 1);
    assert.ok(crossSource.length >= 2, `only ${crossSource.length} cross-source events`);
  });
});
