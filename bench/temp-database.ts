import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(import.meta.dirname, '..');

/** Creates `dir/<name>.db` with every committed migration applied, as `npm start` would. */
export function createMigratedDatabase(dir: string, name = 'bench'): string {
  const file = path.join(dir, `${name}.db`);
  const result = spawnSync('npx', ['prisma', 'migrate', 'deploy'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`prisma migrate deploy failed (exit ${result.status ?? result.signal}):\n${result.stderr || result.stdout}`);
  }
  return file;
}
