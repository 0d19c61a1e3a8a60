// A deterministic synthetic news corpus for benchmarks: same seed, same files, on any machine.
// npx tsx bench/generate-corpus.ts --articles 1000 --seed 1 --out DIR [--actors data/actors.yaml]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseGazetteer } from '../lib/extract/actors';
import type { ActorEntry } from '../lib/extract/actors';
import { writeArticle, type GeneratedArticle } from './corpus/write-article';

export type { GeneratedArticle } from './corpus/write-article';

export interface CorpusOptions {
  articles: number;
  seed: number;
  /** Gazetteer entries the articles name, by canonical name or alias; at least two. */
  actors: readonly ActorEntry[];
}

export const DEFAULT_ACTORS_FILE = path.join(import.meta.dirname, '..', 'data', 'actors.yaml');

/**
 * Yields the corpus one article at a time, so a corpus of any size costs the memory of one article.
 * About one happening per ten articles is shared, each reported by several articles in their own
 * words, so the cross-article merge has real work to do.
 */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedArticle> {
  if (!Number.isInteger(options.articles) || options.articles < 0) throw new Error('articles must be a whole number ≥ 0');
  if (!Number.isInteger(options.seed)) throw new Error('seed must be a whole number');
  if (options.actors.length < 2) throw new Error('the corpus needs at least two actors');
  const poolSize = Math.max(1, Math.round(options.articles / 10));
  for (let index = 0; index < options.articles; index++) {
    yield writeArticle({ seed: options.seed, index, actors: options.actors, poolSize });
  }
}

export function loadActors(file: string): ActorEntry[] {
  return parseGazetteer(fs.readFileSync(file, 'utf8'), file).actors;
}

/** Writes the corpus into `dir` (created if needed); returns the number of bytes written. */
export function writeCorpus(dir: string, options: CorpusOptions): number {
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const article of generateCorpus(options)) {
    fs.writeFileSync(path.join(dir, article.file), article.content);
    bytes += Buffer.byteLength(article.content);
  }
  return bytes;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      actors: { type: 'string', default: DEFAULT_ACTORS_FILE },
    },
  });
  if (!values.out) throw new Error('--out DIR is required');
  const options = { articles: Number(values.articles), seed: Number(values.seed), actors: loadActors(values.actors) };
  const bytes = writeCorpus(values.out, options);
  console.log(`wrote ${options.articles} articles (${(bytes / 1e6).toFixed(2)} MB) to ${values.out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    console.error(`generate-corpus: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
