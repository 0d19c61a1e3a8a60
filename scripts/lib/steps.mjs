// The setup steps shared by `npm start` and `npm test`. Plain Node (no dependencies): these run
// before anything is installed. Each step prints what it does and is skipped when its inputs are
// unchanged since it last succeeded (stamps under .chronocite/).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const STAMPS = path.join(ROOT, '.chronocite');

export function log(message) {
  console.log(`\x1b[1m[chronocite]\x1b[0m ${message}`);
}

/** Runs a command in the project, inheriting output; exits the process when it fails. */
export function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    log(`failed: ${command} ${args.join(' ')} (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

/** Runs `action` unless the fingerprint of `inputs` (files or folders) matches the last success. */
export function step(name, inputs, action, { extra = '' } = {}) {
  const started = Date.now();
  const fingerprint = hashInputs(inputs) + extra;
  const stampFile = path.join(STAMPS, `${name}.stamp`);
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === fingerprint) {
    log(`${name}: up to date`);
    return;
  }
  log(`${name}…`);
  action();
  fs.mkdirSync(STAMPS, { recursive: true });
  fs.writeFileSync(stampFile, fingerprint);
  log(`${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function hashInputs(inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of listFiles(path.join(ROOT, input))) {
      hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

function listFiles(target) {
  if (!fs.existsSync(target)) return [];
  if (!fs.statSync(target).isDirectory()) return [target];
  return fs
    .readdirSync(target, { withFileTypes: true })
    .filter((entry) => !['node_modules', '.next', 'generated'].includes(entry.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => listFiles(path.join(target, entry.name)));
}

const NPM_ENV = { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', NEXT_TELEMETRY_DISABLED: '1' };

/** Installs npm packages when the lockfile changed; never deletes an existing node_modules. */
export function installDependencies() {
  const fresh = !fs.existsSync(path.join(ROOT, 'node_modules'));
  // A stamp left from another checkout must not hide a missing node_modules.
  step('dependencies', ['package.json', 'package-lock.json'], () => {
    run('npm', fresh ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'], NPM_ENV);
  }, { extra: fresh ? `fresh-${Date.now()}` : '' });
}

export function generatePrismaClient() {
  const client = path.join(ROOT, 'lib', 'generated', 'prisma', 'client.ts');
  step('prisma-client', ['prisma/schema.prisma', 'package-lock.json'], () => run('npx', ['prisma', 'generate']), {
    extra: fs.existsSync(client) ? '' : `missing-${Date.now()}`,
  });
}

/** Applies committed migrations to the database named by `databaseUrl`. */
export function migrate(databaseUrl) {
  log(`migrating ${databaseUrl}`);
  fs.mkdirSync(path.dirname(databaseUrl.slice('file:'.length)), { recursive: true });
  run('npx', ['prisma', 'migrate', 'deploy'], { DATABASE_URL: databaseUrl });
}

const SEED_INPUTS = ['data', 'lib/extract', 'lib/articles', 'lib/seed', 'scripts/seed.ts', 'prisma/migrations'];

/** Seeds `databaseUrl` from data/articles unless nothing that shapes the corpus changed. */
export function seed(name, databaseUrl) {
  const file = path.resolve(ROOT, databaseUrl.slice('file:'.length));
  step(name, SEED_INPUTS, () => run('npx', ['tsx', 'scripts/seed.ts'], { DATABASE_URL: databaseUrl }), {
    extra: fs.existsSync(file) ? `${file}:${fs.statSync(file).ino}` : `missing-${Date.now()}`,
  });
}

const BUILD_INPUTS = ['app', 'components', 'lib', 'public', 'next.config.js', 'tsconfig.json', 'package-lock.json'];

export function build() {
  const built = fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'));
  step('build', BUILD_INPUTS, () => run('npx', ['next', 'build'], NPM_ENV), { extra: built ? '' : `missing-${Date.now()}` });
}

export const DEFAULT_DATABASE_URL = `file:${path.join(ROOT, 'prisma', 'chronocite.db')}`;
