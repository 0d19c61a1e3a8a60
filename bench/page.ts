// Page benchmark, in Chromium through Playwright, against `next start` on a seeded database:
// time from navigation to the first drawn timeline, frame times while zooming and panning, and the
// JavaScript the main page ships.
// npx tsx bench/page.ts [--articles 10000] [--seed 1] [--db FILE] [--port 3118] [--loads 5]
//                       [--seconds 4] [--path /] [--results DIR]
//   --path  the page to open, e.g. `/?actor=hamas` for the timeline filtered to an actor
//   The database defaults to bench/.cache/db-<articles>-<seed>.db (`npx tsx bench/ingest.ts
//   --articles 10000 --keep`). Build first: `npx next build`. CHROMIUM_PATH overrides /usr/bin/chromium.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { benchDatabaseFile } from './cache';
import { describeMachine, machineLine } from './machine';
import { startNextServer } from './next-server';
import { measureInteractions } from './page-interactions';
import { measureLoad, type LoadMeasurement } from './page-load';
import { appendResult } from './results-file';

const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
];
const TARGETS = { firstDrawnMs: 1500, frameP95Ms: 33, javascriptGzipBytes: 300 * 1000 };
const KB = 1000;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      db: { type: 'string' },
      port: { type: 'string', default: '3118' },
      loads: { type: 'string', default: '5' },
      seconds: { type: 'string', default: '4' },
      path: { type: 'string', default: '/' },
      results: { type: 'string' },
    },
  });
  const databaseFile = benchDatabaseFile(values);
  const machine = describeMachine();
  const server = await startNextServer({ port: Number(values.port), databaseFile });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: LAUNCH_ARGS });
  try {
    const events = await totalEvents(server.url);
    console.log(`${events} events in ${path.relative(process.cwd(), databaseFile)}; page ${values.path}`);
    console.log(`machine: ${machineLine(machine)}`);

    // Every load in a fresh context: a first visit, nothing cached.
    const loads: LoadMeasurement[] = [];
    for (let i = 0; i < Number(values.loads); i++) {
      const load = await measureLoad(browser, server.url + values.path);
      const { tasks, script, layout } = load.mainThreadMs;
      console.log(`load ${i + 1}: first drawn timeline after ${load.firstDrawnMs.toFixed(0)} ms (empty axis after ${load.readyMs.toFixed(0)} ms); main thread busy ${tasks} ms (script ${script}, layout ${layout}); document ${kb(load.documentEncodedBytes)} KB`);
      loads.push(load);
    }
    const firstDrawnMs = median(loads.map((load) => load.firstDrawnMs));
    const { javascript } = loads[0];
    const frames = await measureInteractions(browser, server.url + values.path, Number(values.seconds) * 1000);

    console.log(`first drawn timeline: median ${firstDrawnMs.toFixed(0)} ms ${verdict(firstDrawnMs <= TARGETS.firstDrawnMs)} ≤ ${TARGETS.firstDrawnMs} ms`);
    for (const [phase, p] of Object.entries(frames.phases)) {
      console.log(`frames, ${phase.padEnd(12)} ${String(p.count).padStart(4)} frames  p50 ${p.p50} ms  p95 ${p.p95} ms  p99 ${p.p99} ms  max ${p.max} ms`);
    }
    console.log(`frames, worst phase: p95 ${frames.worstP95} ms ${verdict(frames.worstP95 <= TARGETS.frameP95Ms)} ≤ ${TARGETS.frameP95Ms} ms (all phases together: p95 ${frames.all.p95} ms)`);
    console.log(`javascript for ${values.path}: ${kb(javascript.encodedBytes)} KB gzipped (${kb(javascript.decodedBytes)} KB raw) in ${javascript.files.length} files ${verdict(javascript.encodedBytes <= TARGETS.javascriptGzipBytes)} ≤ ${kb(TARGETS.javascriptGzipBytes)} KB`);
    for (const file of javascript.files.slice(0, 8)) console.log(`  ${kb(file.encodedBytes).padStart(7)} KB  ${file.path}`);

    const file = appendResult('page', {
      date: new Date().toISOString(),
      events,
      database: path.basename(databaseFile),
      path: values.path,
      firstDrawnMs: round(firstDrawnMs),
      loadsMs: loads.map((load) => round(load.firstDrawnMs)),
      readyMs: loads.map((load) => round(load.readyMs)),
      mainThreadMs: loads.map((load) => load.mainThreadMs),
      documentEncodedBytes: loads[0].documentEncodedBytes,
      frames,
      javascript: { ...javascript, files: javascript.files.slice(0, 10) },
      ...machine,
    }, values.results);
    console.log(`appended to ${path.relative(process.cwd(), file)}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function totalEvents(url: string): Promise<number> {
  const response = await fetch(`${url}/api/events?limit=1`);
  return ((await response.json()) as { total: number }).total;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function verdict(met: boolean): string {
  return met ? 'meets' : 'MISSES';
}

function kb(bytes: number): string {
  return (bytes / KB).toFixed(1);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

main().catch((error: unknown) => {
  console.error(`page benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
