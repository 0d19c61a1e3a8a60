import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

const ROOT = path.join(import.meta.dirname, '..', '..');
export const ARTICLES = path.join(ROOT, 'data', 'articles');
export const ACTORS = path.join(ROOT, 'data', 'actors.yaml');
export const TABLES = ['Source', 'Paragraph', 'Actor', 'Event', 'Citation', 'EventActor'];

let databases = 0;

/** A database with the committed migrations applied, as `prisma migrate deploy` would. */
export function migratedDatabase(dir: string): string {
  const file = path.join(dir, `db-${++databases}.db`);
  const db = new Database(file);
  const migrations = path.join(ROOT, 'prisma', 'migrations');
  for (const name of fs.readdirSync(migrations).filter((n) => !n.endsWith('.toml')).sort()) {
    db.exec(fs.readFileSync(path.join(migrations, name, 'migration.sql'), 'utf8'));
  }
  db.close();
  return file;
}

/** Every stored row, table by table, in a fixed order. */
export function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  const rows = Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).all()]));
  db.close();
  return rows;
}
