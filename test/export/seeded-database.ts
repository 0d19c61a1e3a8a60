// A temporary database with the committed migrations applied and data/articles seeded into it, for
// tests that read through the query module as the app does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { seedCorpus } from '../../lib/seed/seed-corpus';

const ROOT = path.join(import.meta.dirname, '..', '..');

/** Creates and seeds the database; returns its directory (to remove) and file. */
export function seededDatabase(): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-export-'));
  const file = path.join(dir, 'export.db');
  const db = new Database(file);
  const migrations = path.join(ROOT, 'prisma', 'migrations');
  for (const name of fs.readdirSync(migrations).filter((n) => !n.endsWith('.toml')).sort()) {
    db.exec(fs.readFileSync(path.join(migrations, name, 'migration.sql'), 'utf8'));
  }
  db.close();
  seedCorpus({
    articlesDir: path.join(ROOT, 'data', 'articles'),
    actorsFile: path.join(ROOT, 'data', 'actors.yaml'),
    databaseFile: file,
  });
  return { dir, file };
}
