import fs from 'node:fs';
import path from 'node:path';

const RESULTS_DIR = path.join(import.meta.dirname, 'results');

/** Appends one JSON line to `bench/results/<name>.jsonl` (or `dir/<name>.jsonl`); returns the file. */
export function appendResult(name: string, result: object, dir = RESULTS_DIR): string {
  const file = path.join(dir, `${name}.jsonl`);
  fs.mkdirSync(dir, { recursive: true });
  fs.appendFileSync(file, `${JSON.stringify(result)}\n`);
  return file;
}
