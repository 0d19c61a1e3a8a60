// The API and page benchmarks end to end for a second or two against the e2e database, so the
// scripts cannot rot while they stay out of npm test. Each starts its own `next start` on the port
// after the e2e server's, from the same build. Figures here mean nothing: only that they are produced.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { databaseFile } from '../lib/db/database-url';

const benchPort = String(Number(process.env.E2E_PORT ?? 3107) + 1);
let results = '';

test.beforeEach(() => {
  results = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-bench-smoke-'));
});
test.afterEach(() => fs.rmSync(results, { recursive: true, force: true }));

function runBench(script: string, args: string[]): string {
  const run = spawnSync('npx', ['tsx', script, '--db', databaseFile(), '--port', benchPort, '--results', results, ...args], { encoding: 'utf8' });
  expect(run.status, `${script} failed:\n${run.stderr}`).toBe(0);
  return run.stdout;
}

function onlyResult(name: string): Record<string, unknown> {
  const lines = fs.readFileSync(path.join(results, `${name}.jsonl`), 'utf8').trim().split('\n');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]);
}

test('bench/api.ts times every scenario at each client count and records the machine', async () => {
  test.setTimeout(120_000);
  const stdout = runBench('bench/api.ts', ['--seconds', '1', '--warmup', '0', '--clients', '1,2']);
  expect(stdout).toMatch(/target: events: one month at 1 client p95 [\d.]+ ms (meets|MISSES)/);
  const result = onlyResult('api') as { events: number; runs: { scenario: string; clients: number; count: number; p95: number }[]; cores: number };
  expect(result.events).toBeGreaterThan(10);
  expect(result.runs.map((run) => `${run.scenario} × ${run.clients}`)).toEqual([
    'events: one month × 1', 'events: one month × 2', 'events: actor × 1', 'events: actor × 2', 'events: search × 1',
    'events: search × 2', 'timeline: one month × 1', 'timeline: one month × 2', 'timeline: one year × 1', 'timeline: one year × 2',
    'timeline: all, actor × 1', 'timeline: all, actor × 2',
  ]);
  for (const run of result.runs) {
    expect(run.count, run.scenario).toBeGreaterThan(0);
    expect(run.p95, run.scenario).toBeGreaterThan(0);
  }
  expect(result.cores).toBe(os.cpus().length);
});

test('bench/page.ts measures the first drawn timeline, frames while zooming and panning, and the JavaScript', async () => {
  test.setTimeout(120_000);
  runBench('bench/page.ts', ['--loads', '1', '--seconds', '0.5']);
  const result = onlyResult('page') as {
    firstDrawnMs: number;
    frames: { phases: Record<string, { count: number }>; worstP95: number };
    javascript: { encodedBytes: number; decodedBytes: number; files: { path: string; decodedBytes: number; contentEncoding: string | null }[] };
  };
  expect(result.firstDrawnMs).toBeGreaterThan(0);
  expect(result.frames.worstP95).toBeGreaterThan(0);
  expect(Object.keys(result.frames.phases)).toEqual(['wheel zoom', 'drag pan', 'zoom buttons']);
  for (const [phase, frames] of Object.entries(result.frames.phases)) expect(frames.count, phase).toBeGreaterThan(0);
  expect(result.javascript.files.length).toBeGreaterThan(0);
  // Sizes on the wire are gzip sizes: next start compresses scripts, except those under 1 KB (its
  // compression threshold), which go as they are.
  const uncompressed = result.javascript.files.filter((file) => file.contentEncoding !== 'gzip');
  expect(uncompressed.filter((file) => file.decodedBytes >= 1024)).toEqual([]);
  expect(result.javascript.encodedBytes).toBeLessThan(result.javascript.decodedBytes);
});
