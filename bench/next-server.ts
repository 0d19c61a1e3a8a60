import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(import.meta.dirname, '..');
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

export interface NextServer {
  url: string;
  /** Stops the server (its whole process group) and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * `next start` on 127.0.0.1:`port` against `databaseFile`, resolved once it answers the API. Uses the
 * production build in `.next/`, which must exist (`npx next build`): benchmarks never build, so they
 * measure exactly the build that was made.
 */
export async function startNextServer(options: { port: number; databaseFile: string; timeoutMs?: number }): Promise<NextServer> {
  if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) throw new Error('no production build in .next/: run `npx next build` first');
  if (!fs.existsSync(options.databaseFile)) throw new Error(`database ${options.databaseFile} does not exist`);
  const url = `http://127.0.0.1:${options.port}`;
  if (await answers(`${url}/api/events?limit=1`)) throw new Error(`port ${options.port} is already in use`);
  // Its own process group, so stopping it also stops any worker Next forks.
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(options.port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DATABASE_URL: `file:${options.databaseFile}`, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  // Should this process die without stopping it (an uncaught error), take the server along.
  const killOnExit = () => child.exitCode === null && child.pid !== undefined && process.kill(-child.pid, 'SIGKILL');
  process.once('exit', killOnExit);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => {
    process.off('exit', killOnExit);
    resolve();
  }));
  const server = { url, stop: () => stop(child, exited) };
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (!(await answers(`${url}/api/events?limit=1`))) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${stderr}`);
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`next start did not answer on ${url} within ${options.timeoutMs ?? 60_000} ms:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return server;
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

async function stop(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid !== undefined && child.exitCode === null && process.kill(-child.pid, 'SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
