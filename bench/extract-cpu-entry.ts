// What bench/extract-cpu.ts bundles and runs: one article's extraction and staging, as a seed worker does it.
import { extractArticle } from '../lib/extract';
import { type Gazetteer, parseGazetteer } from '../lib/extract/actors';
import type { ArticleInput } from '../lib/extract/types';
import { stageArticle } from '../lib/seed/staged-article';

export { parseGazetteer };

/** The staged article as JSON, for the results hash. */
export function extractAndStage(article: ArticleInput, gazetteer: Gazetteer): string {
  return JSON.stringify(stageArticle(extractArticle(article, { gazetteer })));
}
