// npm start: install what is missing, migrate, seed, build, serve on http://localhost:3000 (PORT overrides).
import { spawn } from 'node:child_process';
import { DEFAULT_DATABASE_URL, ROOT, build, generatePrismaClient, installDependencies, log, migrate, seed } from './lib/steps.mjs';

const databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
const port = process.env.PORT ?? '3000';

installDependencies();
generatePrismaClient();
migrate(databaseUrl);
seed('seed', databaseUrl);
build();

log(`serving on http://localhost:${port}`);
const server = spawn('npx', ['next', 'start', '-p', port], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
