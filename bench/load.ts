// Load test: `next start` on a loopback port against a freshly seeded database, then autocannon
// against the main page, a source page and the API, one target after another.
// npx tsx bench/load.ts [--connections 50] [--duration 30] [--port N]   (after `npx next build`)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { seedCorpus } from '../lib/seed/seed-corpus';
import { startNextServer } from '../test/hardening/next-server';
import { createMigratedDatabase } from './temp-database';

/** What the load test asks for: the timeline page, a source, and each API endpoint. */
export const TARGETS = [
  '/',
  '/sources/cut-hamas-off-from-tehran',
  '/api/events',
  '/api/events?actor=hamas&from=2023&limit=20',
  '/api/timeline?start=2023-01-01&end=2024-12-31',
];

export interface LoadFigures {
  target: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p97_5: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p97_5: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (options: { url: string; connections: number; duration: number; timeout: number }) => Promise<AutocannonResult>;
// autocannon ships no types; this is the part of its promise API used here.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** Loads one URL for `duration` seconds and returns its figures. */
export async function loadTarget(baseUrl: string, target: string, connections: number, duration: number): Promise<LoadFigures> {
  const result = await autocannon({ url: `${baseUrl}${target}`, connections, duration, timeout: 10 });
  return {
    target,
    connections,
    seconds: duration,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

export function formatFigures(f: LoadFigures): string {
  return (
    `${f.target.padEnd(48)} ${String(f.requestsPerSecond).padStart(6)} req/s  p50 ${f.latencyMs.p50} ms  ` +
    `p97.5 ${f.latencyMs.p97_5} ms  p99 ${f.latencyMs.p99} ms  errors ${f.errors}  timeouts ${f.timeouts}  non-2xx ${f.non2xx}`
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { connections: { type: 'string', default: '50' }, duration: { type: 'string', default: '30' }, port: { type: 'string' } } });
  const connections = Number(values.connections);
  const duration = Number(values.duration);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-load-'));
  try {
    const database = createMigratedDatabase(dir, 'load');
    seedCorpus({ articlesDir: 'data/articles', actorsFile: 'data/actors.yaml', databaseFile: database });
    const server = await startNextServer(database, values.port === undefined ? undefined : Number(values.port));
    const figures: LoadFigures[] = [];
    try {
      console.log(`load: ${connections} connections, ${duration} s per target, ${server.url}`);
      for (const target of TARGETS) {
        figures.push(await loadTarget(server.url, target, connections, duration));
        console.log(formatFigures(figures.at(-1)!));
      }
    } finally {
      await server.stop();
    }
    const record = { date: new Date().toISOString(), machine: `${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, node ${process.version}`, figures };
    fs.appendFileSync(path.join(import.meta.dirname, 'results', 'load.jsonl'), `${JSON.stringify(record)}\n`);
    const failed = figures.filter((f) => f.errors + f.timeouts + f.non2xx > 0);
    if (failed.length > 0) throw new Error(`errors under load on ${failed.map((f) => f.target).join(', ')}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(`load: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
