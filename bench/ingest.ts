// Ingest benchmark: seeds a fresh database from a synthetic corpus and reports throughput and memory.
// npx tsx bench/ingest.ts [--articles 1000] [--seed 1] [--actors data/actors.yaml]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seedCorpus } from '../lib/seed/seed-corpus';
import { DEFAULT_ACTORS_FILE, loadActors, writeCorpus } from './generate-corpus';
import { startRssSampler } from './rss-sampler';
import { createMigratedDatabase } from './temp-database';

const CACHE_DIR = path.join(import.meta.dirname, '.cache');
const RESULTS_FILE = path.join(import.meta.dirname, 'results', 'ingest.jsonl');
const TARGET_MB_PER_SECOND = 1;
const MB = 1e6;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      actors: { type: 'string', default: DEFAULT_ACTORS_FILE },
    },
  });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-bench-'));
  try {
    const articlesDir = corpusDir(work, articles, seed, values.actors);
    const databaseFile = createMigratedDatabase(work);

    const sampler = startRssSampler();
    const started = performance.now();
    const summary = seedCorpus({ articlesDir, actorsFile: values.actors, databaseFile });
    const seconds = (performance.now() - started) / 1000;
    const sampledPeakRss = await sampler.stop();

    const cpus = os.cpus();
    const result = {
      date: new Date().toISOString(),
      articles: summary.sources,
      seed,
      megabytes: round(summary.bytes / MB),
      seconds: round(seconds),
      megabytesPerSecond: round(summary.bytes / MB / seconds),
      eventsPerSecond: round(summary.events / seconds),
      paragraphs: summary.paragraphs,
      events: summary.events,
      citations: summary.citations,
      peakRssSampledMb: round(sampledPeakRss / MB),
      // resourceUsage reports maxRSS in kilobytes.
      maxRssMb: round((process.resourceUsage().maxRSS * 1024) / MB),
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      memoryGb: round(os.totalmem() / 1e9),
      node: process.version,
    };
    printResult(result);
    fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
    fs.appendFileSync(RESULTS_FILE, `${JSON.stringify(result)}\n`);
    console.log(`appended to ${path.relative(process.cwd(), RESULTS_FILE)}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** bench/.cache/<N>-<seed>/ when someone generated it there; otherwise a fresh corpus in `work`. */
function corpusDir(work: string, articles: number, seed: number, actorsFile: string): string {
  const cached = path.join(CACHE_DIR, `${articles}-${seed}`);
  if (fs.existsSync(cached)) {
    console.log(`corpus: reusing ${path.relative(process.cwd(), cached)}`);
    return cached;
  }
  const dir = path.join(work, 'articles');
  const bytes = writeCorpus(dir, { articles, seed, actors: loadActors(actorsFile) });
  console.log(`corpus: generated ${articles} articles (${(bytes / MB).toFixed(2)} MB, seed ${seed})`);
  return dir;
}

function printResult(r: {
  articles: number; megabytes: number; seconds: number; megabytesPerSecond: number; eventsPerSecond: number;
  events: number; citations: number; peakRssSampledMb: number; maxRssMb: number; cpu: string; cores: number;
  memoryGb: number; node: string;
}): void {
  const verdict = r.megabytesPerSecond >= TARGET_MB_PER_SECOND ? 'meets' : 'MISSES';
  const rows: [string, string][] = [
    ['articles', String(r.articles)],
    ['article text', `${r.megabytes} MB`],
    ['seed time', `${r.seconds} s`],
    ['throughput', `${r.megabytesPerSecond} MB/s (${verdict} the ${TARGET_MB_PER_SECOND} MB/s target)`],
    ['events', `${r.events} (${r.eventsPerSecond} events/s), ${r.citations} citations`],
    ['peak RSS', `${r.peakRssSampledMb} MB sampled, ${r.maxRssMb} MB maxRSS`],
    ['machine', `${r.cpu}, ${r.cores} cores, ${r.memoryGb} GB, Node ${r.node}`],
  ];
  for (const [label, value] of rows) console.log(`${label.padEnd(14)}${value}`);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

main().catch((error: unknown) => {
  console.error(`ingest benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
