// Digest of a seeded database's content, to check that a change to the seed leaves what it stores
// the same: npx tsx bench/table-digest.ts FILE [TABLE ...]
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

/** The tables whose content a seed decides. */
export const SEEDED_TABLES = ['Source', 'Paragraph', 'Actor', 'Event', 'EventActor', 'Citation', 'LaneCount'];

/**
 * One SHA-256 per table over its rows, each row serialised as JSON and the rows sorted: insertion
 * order and page layout do not count, every value does.
 */
export function tableDigests(db: Database.Database, tables: string[] = SEEDED_TABLES): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const table of tables) {
    const rows = (db.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][]).map((row) => JSON.stringify(row, bigIntsAsText));
    rows.sort();
    const hash = createHash('sha256');
    for (const row of rows) hash.update(row).update('\n');
    digests[table] = `${rows.length} ${hash.digest('hex')}`;
  }
  return digests;
}

function bigIntsAsText(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

if (process.argv[1] === import.meta.filename) {
  const [file, ...tables] = process.argv.slice(2);
  if (!file) {
    console.error('usage: npx tsx bench/table-digest.ts FILE [TABLE ...]');
    process.exit(1);
  }
  const db = new Database(file, { readonly: true });
  for (const [table, digest] of Object.entries(tableDigests(db, tables.length > 0 ? tables : undefined))) console.log(`${table} ${digest}`);
  db.close();
}
