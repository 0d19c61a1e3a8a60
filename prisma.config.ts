import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { databaseFile } from './lib/db/database-url';

/**
 * The shadow database replays whole migration files through `executeRaw`, which better-sqlite3
 * refuses for more than one statement (P3006). Replaying them as scripts fixes drift checks and
 * `migrate dev`; the app's own connections are untouched.
 */
class MigrationSafeAdapter extends PrismaBetterSQLite3 {
  override async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await super.connectToShadowDb();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (query) => {
      try {
        return await executeRaw(query);
      } catch (error) {
        if (query.args.length > 0 || !String(error).includes('more than one statement')) throw error;
        await shadow.executeScript(query.sql);
        return 0;
      }
    };
    return shadow;
  }
}

// Prisma 6's Wasm schema engine through the better-sqlite3 adapter: the only path that migrates
// offline here (Prisma 7's CLI downloads a native engine). See ../shared/notes/stack-offline.md.
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  async adapter() {
    return new MigrationSafeAdapter({ url: databaseFile() });
  },
});

