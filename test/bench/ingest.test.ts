import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.join(import.meta.dirname, '..', '..');

// The ingest benchmark end to end on 20 articles, so the script cannot rot while it stays out of npm test.
describe('bench/ingest.ts', () => {
  it('seeds 20 generated articles and appends its figures and the machine to the results file', () => {
    const results = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-ingest-smoke-'));
    try {
      const run = spawnSync('npx', ['tsx', 'bench/ingest.ts', '--articles', '20', '--seed', '3', '--results', results], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /throughput\s+[\d.]+ MB\/s/);
      const lines = fs.readFileSync(path.join(results, 'ingest.jsonl'), 'utf8').trim().split('\n');
      assert.equal(lines.length, 1);
      const result = JSON.parse(lines[0]);
      assert.equal(result.articles, 20);
      assert.equal(result.seed, 3);
      assert.ok(result.events > 100, `${result.events} events`);
      assert.ok(result.megabytesPerSecond > 0 && result.megabytesPerCpuSecond > 0);
      assert.ok(result.peakRssSampledMb > 0);
      assert.equal(typeof result.cpu, 'string');
      assert.equal(result.cores, os.cpus().length);
    } finally {
      fs.rmSync(results, { recursive: true, force: true });
    }
  });

  it('fails with a message, not a stack trace, when the gazetteer is missing', () => {
    const run = spawnSync('npx', ['tsx', 'bench/ingest.ts', '--articles', '1', '--actors', 'no/such/actors.yaml'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^ingest benchmark failed: .*no\/such\/actors\.yaml/m);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  });
});
