// A temporary database with the committed migrations applied and data/articles seeded into it, for
// tests that read through the query module as the app does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedArticles } from '../db/test-database';
import { migratedDatabase } from '../seed/migrated-database';

/** Creates and seeds the database; returns its directory (to remove) and file. */
export function seededDatabase(): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-export-'));
  const file = migratedDatabase(dir);
  seedArticles(file);
  return { dir, file };
}
