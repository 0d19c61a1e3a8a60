// `npm run actors` as a person runs it, against a database with discovered actors (DATABASE_URL).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { NAMED_DISCOVERED, seedWithDiscovered } from '../seed/discovered-fixture';
import { migratedDatabase } from '../seed/migrated-database';

const ROOT = path.join(import.meta.dirname, '..', '..');

describe('npm run actors', () => {
  let dir: string;
  let file: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-actors-'));
    file = migratedDatabase(dir);
    seedWithDiscovered(file);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'actors.ts'), ...args], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_URL: `file:${file}` },
    });

  it('prints the stored discovered actors as gazetteer entries with --discovered', () => {
    const answer = run('--discovered');
    assert.equal(answer.status, 0, answer.stderr);
    const entries = parse(`actors:\n${answer.stdout}`).actors as { slug: string; kind: string; aliases: string[] }[];
    assert.deepEqual(entries.map((entry) => entry.slug), [NAMED_DISCOVERED, 'lena-varga']);
    assert.deepEqual(entries[0], { slug: NAMED_DISCOVERED, name: 'Gulf Shipping Council', kind: 'group', aliases: ['GSC', 'the Council'] });
    assert.match(answer.stdout, /# found in the text: “the Gulf Shipping Council said” \(¶2\); named in 1 event\n/);
  });

  it('lists every actor with its events without flags', () => {
    const answer = run();
    assert.equal(answer.status, 0, answer.stderr);
    const lines = answer.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^events +slug +kind +name$/);
    assert.match(lines[1], /^ +\d+ +hamas +organization +Hamas$/);
    assert.ok(lines.some((line) => /^ +1 +gulf-shipping-council +group +Gulf Shipping Council \(found in the text\)$/.test(line)));
    assert.match(lines.at(-1)!, /^\d+ actors, 2 of them found in the text$/);
  });

  it('refuses a bad flag, naming it, with exit code 2', () => {
    const answer = run('--discoverd');
    assert.equal(answer.status, 2);
    assert.equal(answer.stdout, '');
    assert.match(answer.stderr, /unknown flag "--discoverd"; this command takes --discovered/);
  });
});
