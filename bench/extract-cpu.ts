// Extraction CPU in one thread: the seed workers' per-article work (extract, then stage), bundled as
// the seed bundles its workers, over a cached corpus; prints the CPU seconds it took and a SHA-256 of
// every result, so a speed-up can be shown to change nothing.
// npx tsx bench/extract-cpu.ts [--articles 1000] [--seed 1] [--actors data/actors.yaml] [--repeat 1] [--tsx]
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle } from '../lib/articles/parse-article';
import { toArticleInput } from '../lib/articles/to-article-input';
import type { Gazetteer } from '../lib/extract/actors';
import type { ArticleInput } from '../lib/extract/types';
import { workerScript } from '../lib/seed/worker-script';
import { CACHE_DIR } from './cache';
import { DEFAULT_ACTORS_FILE, loadActors, writeCorpus } from './generate-corpus';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    actors: { type: 'string', default: DEFAULT_ACTORS_FILE },
    repeat: { type: 'string', default: '1' },
    // The modules as tsx loads them (as tests and scripts run them) instead of the seed's bundle.
    tsx: { type: 'boolean', default: false },
  },
});

type Entry = typeof import('./extract-cpu-entry');

/** The entry module bundled by the seed's own bundler, so the code runs as in a seed worker. */
function bundledEntry(): Entry {
  const module = { exports: {} as Entry };
  const script = workerScript(new URL('./extract-cpu-entry.ts', import.meta.url));
  new Function('require', 'module', 'exports', script)(createRequire(import.meta.url), module, module.exports);
  return module.exports;
}

const entry: Entry = values.tsx ? await import('./extract-cpu-entry') : bundledEntry();
const articles = Number(values.articles);
const seed = Number(values.seed);
const dir = path.join(CACHE_DIR, `${articles}-${seed}`);
if (!fs.existsSync(dir)) writeCorpus(dir, { articles, seed, actors: loadActors(values.actors) });

const inputs: ArticleInput[] = fs
  .readdirSync(dir)
  .filter((file) => file.endsWith('.md'))
  .sort()
  .map((file) => toArticleInput(parseArticle(file, fs.readFileSync(path.join(dir, file), 'utf8'))));
const megabytes = inputs.reduce((sum, a) => sum + a.paragraphs.reduce((s, p) => s + Buffer.byteLength(p), 0), 0) / 1e6;
const gazetteer: Gazetteer = entry.parseGazetteer(fs.readFileSync(values.actors, 'utf8'), values.actors);

for (let run = 0; run < Number(values.repeat); run++) {
  const hash = crypto.createHash('sha256');
  const start = process.cpuUsage();
  for (const article of inputs) hash.update(entry.extractAndStage(article, gazetteer));
  const used = process.cpuUsage(start);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(
    `${inputs.length} articles, ${megabytes.toFixed(2)} MB of paragraphs: ${cpuSeconds.toFixed(2)} CPU-s ` +
      `(${(megabytes / cpuSeconds).toFixed(3)} MB per CPU-s), results sha256 ${hash.digest('hex')}`,
  );
}
