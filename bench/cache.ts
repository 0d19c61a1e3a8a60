// bench/.cache/ (not committed): corpora and seeded databases kept between benchmark runs. Nothing
// here notices when the generator, the gazetteer or the extractor changes: delete what is stale.
import fs from 'node:fs';
import path from 'node:path';
import { loadActors, writeCorpus } from './generate-corpus';

export const CACHE_DIR = path.join(import.meta.dirname, '.cache');
const MB = 1e6;

/** Where the seeded database of the `articles`-article corpus for `seed` is kept. */
export function cachedDatabaseFile(articles: number, seed: number): string {
  return path.join(CACHE_DIR, `db-${articles}-${seed}.db`);
}

/** The database a benchmark runs against: `--db`, else the kept seed of `--articles`/`--seed`; it must exist. */
export function benchDatabaseFile(options: { db?: string; articles: string; seed: string }): string {
  const file = path.resolve(options.db ?? cachedDatabaseFile(Number(options.articles), Number(options.seed)));
  if (!fs.existsSync(file)) {
    throw new Error(`${file} does not exist: run \`npx tsx bench/ingest.ts --articles ${options.articles} --seed ${options.seed} --keep\` or pass --db`);
  }
  return file;
}

/** bench/.cache/<N>-<seed>/ when someone generated it there; otherwise a fresh corpus in `work`. */
export function corpusDir(work: string, articles: number, seed: number, actorsFile: string, log: (line: string) => void): string {
  const cached = path.join(CACHE_DIR, `${articles}-${seed}`);
  if (fs.existsSync(cached)) {
    log(`corpus: reusing ${path.relative(process.cwd(), cached)}`);
    return cached;
  }
  const dir = path.join(work, 'articles');
  const bytes = writeCorpus(dir, { articles, seed, actors: loadActors(actorsFile) });
  log(`corpus: generated ${articles} articles (${(bytes / MB).toFixed(2)} MB, seed ${seed})`);
  return dir;
}
