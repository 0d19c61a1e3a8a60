// Temporary databases for query and API tests. The Prisma client (lib/db/client.ts) reads
// DATABASE_URL once, when first imported: call useTemporaryDatabase() before importing anything
// that imports it (test files then load those modules with `await import(...)`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { seedCorpus } from '../../lib/seed/seed-corpus';
import { ACTORS, ARTICLES, migratedDatabase } from '../seed/migrated-database';

export { ACTORS, ARTICLES };

/**
 * Creates a database with every committed migration applied, points DATABASE_URL at it and
 * removes it when the test file ends. `fill` writes the rows (the real seed, or rows of a test's own).
 */
export function useTemporaryDatabase(fill: (file: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-query-'));
  const file = migratedDatabase(dir);
  fill(file);
  process.env.DATABASE_URL = `file:${file}`;
  after(async () => {
    const { prisma } = await import('../../lib/db/client');
    await prisma.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return file;
}

/** Fills a database with the real seed of data/articles. */
export function seedArticles(file: string): void {
  seedCorpus({ articlesDir: ARTICLES, actorsFile: ACTORS, databaseFile: file });
}
