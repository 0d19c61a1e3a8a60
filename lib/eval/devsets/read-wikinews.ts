// Reads the wikinews-apple dev set from disk: the only I/O of the wikinews scorer.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../articles/parse-article';
import { toArticleInput } from '../../articles/to-article-input';
import type { ArticleInput } from '../../extract/types';
import { parseWikinewsGold, type WikinewsGold } from './wikinews-gold';

export const WIKINEWS_SET = 'wikinews-apple';

export interface WikinewsDevset {
  gold: WikinewsGold;
  articles: ArticleInput[];
}

/** The set under `devsetsDir`, or null when the folder has no `wikinews-apple/` (the dev sets are optional). */
export function readWikinewsDevset(devsetsDir: string): WikinewsDevset | null {
  const dir = join(devsetsDir, WIKINEWS_SET);
  if (!existsSync(dir)) return null;
  const goldFile = join(dir, 'gold.json');
  const articlesDir = join(dir, 'articles');
  const articles = readdirSync(articlesDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => toArticleInput(parseArticle(join(articlesDir, name), readFileSync(join(articlesDir, name), 'utf8'))));
  return { gold: parseWikinewsGold(readFileSync(goldFile, 'utf8'), goldFile), articles };
}
