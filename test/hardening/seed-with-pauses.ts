// The real seed (seedCorpus, as scripts/seed.ts runs it) announcing each write phase on stdout, and
// stopping for a while in the phase named by PAUSE_AT so a test can SIGKILL it exactly there.
// PAUSE_AT: begin (old rows deleted, nothing inserted), source-N (N sources inserted), events (every
// row inserted, COMMIT not yet run), commit (COMMIT done, connection still open).
// Usage: node --import tsx test/hardening/seed-with-pauses.ts ARTICLES_DIR DATABASE_FILE
import fs from 'node:fs';
import path from 'node:path';
import { CorpusWriter } from '../../lib/seed/corpus-writer';
import { seedCorpus } from '../../lib/seed/seed-corpus';

const [articlesDir, databaseFile] = process.argv.slice(2);
const pauseAt = process.env.PAUSE_AT;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
let sources = 0;

function reached(phase: string): void {
  fs.writeSync(1, `${phase}\n`);
  // Blocks the whole process, as a slow disk would: the seed is synchronous, so is the pause.
  if (phase === pauseAt) Atomics.wait(sleeper, 0, 0, 30_000);
}

const writer = CorpusWriter.prototype;
const { begin, addSource, addEvents, commit } = writer;
writer.begin = function (this: CorpusWriter) {
  begin.call(this);
  reached('begin');
};
writer.addSource = function (this: CorpusWriter, ...args: Parameters<typeof addSource>) {
  addSource.apply(this, args);
  reached(`source-${++sources}`);
};
writer.addEvents = function (this: CorpusWriter, ...args: Parameters<typeof addEvents>) {
  const written = addEvents.apply(this, args);
  reached('events');
  return written;
};
writer.commit = function (this: CorpusWriter) {
  commit.call(this);
  reached('commit');
};

seedCorpus({ articlesDir, databaseFile, actorsFile: path.join(import.meta.dirname, '..', '..', 'data', 'actors.yaml') });
fs.writeSync(1, 'done\n');
