import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.join(import.meta.dirname, '..', '..');
const CORPUS = path.join(ROOT, 'bench', '.cache', '4-5');

function hashOf(args: string[]): string {
  const run = spawnSync('npx', ['tsx', 'bench/extract-cpu.ts', '--articles', '4', '--seed', '5', ...args], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^4 articles, [\d.]+ MB of paragraphs: [\d.]+ CPU-s/);
  return run.stdout.match(/results sha256 ([0-9a-f]{64})/)![1];
}

// The extraction CPU benchmark on 4 articles, so the script cannot rot while it stays out of npm test.
describe('bench/extract-cpu.ts', () => {
  it('extracts the same results from the seed workers’ bundle as from the modules tsx loads', () => {
    const generated = !fs.existsSync(CORPUS);
    try {
      assert.equal(hashOf([]), hashOf(['--tsx']));
    } finally {
      if (generated) fs.rmSync(CORPUS, { recursive: true, force: true });
    }
  });

  it('gives another hash for other articles', () => {
    const otherCorpus = path.join(ROOT, 'bench', '.cache', '4-6');
    const otherGenerated = !fs.existsSync(otherCorpus);
    const other = spawnSync('npx', ['tsx', 'bench/extract-cpu.ts', '--articles', '4', '--seed', '6'], { cwd: ROOT, encoding: 'utf8' });
    if (otherGenerated) fs.rmSync(otherCorpus, { recursive: true, force: true });
    assert.equal(other.status, 0, other.stderr);
    const generated = !fs.existsSync(CORPUS);
    try {
      assert.notEqual(other.stdout.match(/results sha256 ([0-9a-f]{64})/)![1], hashOf([]));
    } finally {
      if (generated) fs.rmSync(CORPUS, { recursive: true, force: true });
    }
  });
});
