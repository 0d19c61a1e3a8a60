import path from 'node:path';

/** The database every command uses: DATABASE_URL (`file:…`), else prisma/chronocite.db in the project. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? `file:${path.join(process.cwd(), 'prisma', 'chronocite.db')}`;
}

/** The file path behind a `file:` URL, for better-sqlite3. */
export function databaseFile(url: string = databaseUrl()): string {
  if (!url.startsWith('file:')) throw new Error(`DATABASE_URL must be a file: URL for SQLite, got "${url}"`);
  return path.resolve(url.slice('file:'.length));
}
