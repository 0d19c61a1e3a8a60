// npm test: install what is missing (a Chromium too), then run every test: types, unit, migration
// drift, extraction quality and end-to-end.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, build, generatePrismaClient, installDependencies, log, migrate, run, seed } from './lib/steps.mjs';
import { ensureChromium } from './lib/chromium.mjs';
import { checkMigrationDrift } from './lib/migration-drift.mjs';

const E2E_DATABASE_URL = `file:${path.join(ROOT, '.chronocite', 'e2e.db')}`;

installDependencies();
generatePrismaClient();
const chromium = ensureChromium();

log('type check');
run('npx', ['tsc', '--noEmit']);

log('unit tests');
run('npx', ['tsx', '--test', ...listTests(path.join(ROOT, 'test'))]);

log('migration drift check');
migrate(E2E_DATABASE_URL);
checkMigrationDrift(E2E_DATABASE_URL);

log('extraction quality');
run('npx', ['tsx', 'scripts/eval.ts']);

seed('seed-e2e', E2E_DATABASE_URL);
build();

log('end-to-end tests');
run('npx', ['playwright', 'test'], { DATABASE_URL: E2E_DATABASE_URL, CHROMIUM_PATH: chromium ?? '' });
log('all tests passed');

function listTests(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .sort();
}
