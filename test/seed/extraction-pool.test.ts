// Extraction in worker threads must hand back exactly what the seed's own thread would, in
// submission order, and a worker that cannot start must fail the seed rather than hang it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { listArticleFiles } from '../../lib/articles/list-article-files';
import { parseArticle } from '../../lib/articles/parse-article';
import { toArticleInput } from '../../lib/articles/to-article-input';
import { parseGazetteer } from '../../lib/extract/actors';
import { InlineExtractor } from '../../lib/seed/article-extractor';
import { ExtractionPool } from '../../lib/seed/extraction-pool';
import { ACTORS, ARTICLES } from './migrated-database';

const actorsText = fs.readFileSync(ACTORS, 'utf8');
const articles = listArticleFiles(ARTICLES).map((file) => toArticleInput(parseArticle(file, fs.readFileSync(path.join(ARTICLES, file), 'utf8'))));

describe('ExtractionPool', () => {
  const pools: ExtractionPool[] = [];
  const pool = (size: number, text = actorsText) => {
    const started = new ExtractionPool(size, { actorsText: text, actorsFile: ACTORS });
    pools.push(started);
    return started;
  };
  after(() => pools.forEach((started) => started.close()));

  it('answers in submission order with what inline extraction gives', () => {
    const inline = new InlineExtractor(parseGazetteer(actorsText, ACTORS));
    const threaded = pool(2);
    // Twice over, so that both workers get articles and answer out of order.
    for (const article of [...articles, ...articles]) {
      inline.submit(article);
      threaded.submit(article);
    }
    assert.equal(threaded.pending, articles.length * 2);
    while (inline.pending > 0) assert.deepEqual(threaded.take(), inline.take());
    assert.equal(threaded.pending, 0);
  });

  it('starts its workers from any working directory', () => {
    const home = process.cwd();
    process.chdir(path.parse(home).root);
    try {
      const threaded = pool(1);
      threaded.submit(articles[0]);
      assert.ok(threaded.take().events.length > 0);
    } finally {
      process.chdir(home);
    }
  });

  it('fails, naming the cause, when a worker cannot parse the gazetteer', () => {
    const threaded = pool(1, 'actors: [unclosed');
    threaded.submit(articles[0]);
    assert.throws(() => threaded.take(), /extraction worker did not start: .*actors/);
  });

  it('refuses to take what was never submitted', () => {
    assert.throws(() => pool(1).take(), /without a submitted article/);
  });
});
