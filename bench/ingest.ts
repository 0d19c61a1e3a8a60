// Ingest benchmark: seeds a fresh database from a synthetic corpus and reports throughput and memory.
// npx tsx bench/ingest.ts [--articles 1000] [--seed 1] [--actors data/actors.yaml] [--workers N] [--keep] [--results DIR]
//   --workers  extraction threads (default: the seed's own choice, one per core from 100 articles)
//   --keep     keep the seeded database as bench/.cache/db-<articles>-<seed>.db for bench/api.ts and bench/page.ts
//   --results  folder of ingest.jsonl (default bench/results)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seedCorpus } from '../lib/seed/seed-corpus';
import { cachedDatabaseFile, corpusDir } from './cache';
import { DEFAULT_ACTORS_FILE } from './generate-corpus';
import { describeMachine, machineLine, type Machine } from './machine';
import { appendResult } from './results-file';
import { startRssSampler } from './rss-sampler';
import { createMigratedDatabase } from './temp-database';

const TARGET_MB_PER_SECOND = 1;
const MB = 1e6;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      actors: { type: 'string', default: DEFAULT_ACTORS_FILE },
      workers: { type: 'string' },
      keep: { type: 'boolean', default: false },
      results: { type: 'string' },
    },
  });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  const machine = describeMachine();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-bench-'));
  try {
    const articlesDir = corpusDir(work, articles, seed, values.actors, console.log);
    const databaseFile = createMigratedDatabase(work);

    const sampler = startRssSampler();
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const workers = values.workers === undefined ? undefined : Number(values.workers);
    const summary = seedCorpus({ articlesDir, actorsFile: values.actors, databaseFile, workers });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    // All threads' CPU time: what the seed would take on one idle core.
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const sampledPeakRss = await sampler.stop();

    const result = {
      date: new Date().toISOString(),
      articles: summary.sources,
      seed,
      megabytes: round(summary.bytes / MB),
      seconds: round(seconds),
      megabytesPerSecond: round(summary.bytes / MB / seconds),
      cpuSeconds: round(cpuSeconds),
      megabytesPerCpuSecond: round(summary.bytes / MB / cpuSeconds),
      eventsPerSecond: round(summary.events / seconds),
      paragraphs: summary.paragraphs,
      events: summary.events,
      citations: summary.citations,
      skippedFiles: summary.skipped.length,
      workers: summary.workers,
      mergePartitions: summary.merge.partitions,
      largestPartitionEvents: summary.merge.largestPartition,
      peakRssSampledMb: round(sampledPeakRss / MB),
      // resourceUsage reports maxRSS in kilobytes.
      maxRssMb: round((process.resourceUsage().maxRSS * 1024) / MB),
      ...machine,
    };
    printResult(result);
    const file = appendResult('ingest', result, values.results);
    console.log(`appended to ${path.relative(process.cwd(), file)}`);
    if (values.keep) keepDatabase(databaseFile, cachedDatabaseFile(articles, seed));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Copies the seeded database into the cache under a temporary name first, so a half-copied file is never used. */
function keepDatabase(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, `${to}.partial`);
  fs.renameSync(`${to}.partial`, to);
  console.log(`kept the database as ${path.relative(process.cwd(), to)}`);
}

function printResult(r: {
  articles: number; megabytes: number; seconds: number; megabytesPerSecond: number; cpuSeconds: number;
  megabytesPerCpuSecond: number; eventsPerSecond: number; workers: number; mergePartitions: number; largestPartitionEvents: number;
  events: number; citations: number; peakRssSampledMb: number; maxRssMb: number;
} & Machine): void {
  const verdict = r.megabytesPerSecond >= TARGET_MB_PER_SECOND ? 'meets' : 'MISSES';
  const rows: [string, string][] = [
    ['articles', String(r.articles)],
    ['article text', `${r.megabytes} MB`],
    ['seed time', `${r.seconds} s`],
    ['throughput', `${r.megabytesPerSecond} MB/s (${verdict} the ${TARGET_MB_PER_SECOND} MB/s target)`],
    ['CPU time', `${r.cpuSeconds} s: ${r.megabytesPerCpuSecond} MB per CPU second (what an idle core would give)`],
    ['events', `${r.events} (${r.eventsPerSecond} events/s), ${r.citations} citations`],
    ['extraction', r.workers === 0 ? 'on the seed thread' : `${r.workers} worker threads`],
    ['merge', `${r.mergePartitions} partitions, the largest of ${r.largestPartitionEvents} events`],
    ['peak RSS', `${r.peakRssSampledMb} MB sampled, ${r.maxRssMb} MB maxRSS`],
    ['machine', machineLine(r)],
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
