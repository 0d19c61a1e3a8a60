// Migration drift check: the committed migrations must build exactly the schema in schema.prisma.
// Prisma cannot model the FTS5 search table (prisma/migrations/*_event_search), so its diff always
// proposes dropping that virtual table and its five shadow tables; those statements, and only
// those, are expected. Anything else in the diff is drift.
import { spawnSync } from 'node:child_process';
import { ROOT, log } from './steps.mjs';

const FTS_TABLES = ['EventSearch', 'EventSearch_config', 'EventSearch_content', 'EventSearch_data', 'EventSearch_docsize', 'EventSearch_idx'];
const EXPECTED = new Set([
  'PRAGMA foreign_keys=off',
  'PRAGMA foreign_keys=on',
  ...FTS_TABLES.map((table) => `DROP TABLE "${table}"`),
]);

/** Exits the process when the migrations and schema.prisma differ beyond the FTS tables. */
export function checkMigrationDrift(databaseUrl) {
  const args = ['prisma', 'migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema-datamodel', 'prisma/schema.prisma', '--script'];
  const result = spawnSync('npx', args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_URL: databaseUrl } });
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    log(`failed: npx ${args.join(' ')} (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  const unexpected = driftStatements(result.stdout);
  if (unexpected.length > 0) {
    log(`migration drift: prisma/migrations does not match prisma/schema.prisma:\n${unexpected.join(';\n')};`);
    process.exit(1);
  }
}

/** The diff's SQL statements other than the expected FTS drops. */
export function driftStatements(script) {
  return script
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '' && !EXPECTED.has(statement));
}
