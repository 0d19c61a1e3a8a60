import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

/**
 * One hash of every stored row, read in one transaction (one snapshot). Full-text tables count by
 * their logical rows; their shadow tables are left out, as their layout depends on write history.
 * CorpusRevision is left out too: its time says when a corpus was stored, not what it holds.
 */
export function corpusDigest(db: Database.Database): string {
  const hash = createHash('sha256');
  db.transaction(() => {
    const tables = db
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'CorpusRevision' ORDER BY name`)
      .all() as { name: string; sql: string }[];
    const virtual = tables.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
    for (const { name } of tables) {
      if (virtual.some((v) => name !== v && name.startsWith(`${v}_`))) continue;
      const order = virtual.includes(name) ? 'rowid' : '1, 2';
      hash.update(`\u0000${name}\u0000`);
      const select = virtual.includes(name) ? `SELECT rowid, * FROM "${name}"` : `SELECT * FROM "${name}"`;
      for (const row of db.prepare(`${select} ORDER BY ${order}`).iterate()) hash.update(JSON.stringify(row));
    }
  })();
  return hash.digest('hex');
}

export interface DatabaseCheck {
  integrity: string;
  foreignKeyViolations: unknown[];
  digest: string;
}

/** Opens the file as the app would after a crash (recovering any WAL left behind) and checks it. */
export function checkDatabase(file: string): DatabaseCheck {
  const db = new Database(file);
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const foreignKeyViolations = db.pragma('foreign_key_check') as unknown[];
    return { integrity, foreignKeyViolations, digest: corpusDigest(db) };
  } finally {
    db.close();
  }
}
