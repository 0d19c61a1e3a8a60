// Reads a development set folder (`<dir>/articles/*.md` + `<dir>/gold.json`): the only I/O of devset scoring.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_EXTENSION, parseArticle } from '../../articles/parse-article';
import { toArticleInput } from '../../articles/to-article-input';
import type { ArticleInput } from '../../extract/types';

export interface Devset {
  articles: ArticleInput[];
  /** gold.json as parsed; each scorer checks the part it reads. */
  gold: unknown;
}

export function readDevset(dir: string): Devset {
  const articlesDir = join(dir, 'articles');
  const articles = readdirSync(articlesDir)
    .filter((name) => ARTICLE_EXTENSION.test(name))
    .sort()
    .map((name) => toArticleInput(parseArticle(join(articlesDir, name), readFileSync(join(articlesDir, name), 'utf8'))));
  return { articles, gold: JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) };
}
