// API benchmark: p50/p95/p99 latency of /api/events and /api/timeline under 1 and 32 clients,
// served by `next start` (the production build in .next/) from a seeded database.
// npx tsx bench/api.ts [--articles 10000] [--seed 1] [--db FILE] [--port 3117] [--seconds 10]
//                      [--warmup 2] [--clients 1,32] [--results DIR]
//   The database defaults to bench/.cache/db-<articles>-<seed>.db: make it with
//   `npx tsx bench/ingest.ts --articles 10000 --keep`. Build first: `npx next build`.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { API_SCENARIOS, TARGET } from './api-scenarios';
import { benchDatabaseFile } from './cache';
import { runClosedLoop } from './closed-loop';
import { describeMachine, machineLine } from './machine';
import { startNextServer } from './next-server';
import { appendResult } from './results-file';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      db: { type: 'string' },
      port: { type: 'string', default: '3117' },
      seconds: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      clients: { type: 'string', default: '1,32' },
      results: { type: 'string' },
    },
  });
  const databaseFile = benchDatabaseFile(values);
  const clientCounts = values.clients.split(',').map(Number);
  const durationMs = Number(values.seconds) * 1000;
  const warmupMs = Number(values.warmup) * 1000;
  const machine = describeMachine();

  const server = await startNextServer({ port: Number(values.port), databaseFile });
  try {
    const events = await totalEvents(server.url);
    console.log(`${events} events in ${path.relative(process.cwd(), databaseFile)}; ${values.seconds} s per run`);
    console.log(`machine: ${machineLine(machine)}`);
    const runs = [];
    for (const scenario of API_SCENARIOS) {
      const urls = scenario.paths.map((p) => server.url + p);
      await runClosedLoop({ urls, clients: 1, durationMs: warmupMs });
      for (const clients of clientCounts) {
        const result = await runClosedLoop({ urls, clients, durationMs });
        if (result.errors > 0) throw new Error(`${scenario.name}: ${result.errors} failed requests, first: ${result.firstError}`);
        runs.push({ scenario: scenario.name, clients, ...result.latencyMs, requestsPerSecond: result.requestsPerSecond });
        const { p50, p95, p99, max } = result.latencyMs;
        console.log(`${scenario.name.padEnd(22)}${String(clients).padStart(3)} client(s)  p50 ${ms(p50)}  p95 ${ms(p95)}  p99 ${ms(p99)}  max ${ms(max)}  ${result.requestsPerSecond} req/s`);
      }
    }
    const target = runs.find((run) => run.scenario === TARGET.scenario && run.clients === TARGET.clients);
    if (target) {
      const verdict = target.p95 <= TARGET.p95Ms ? 'meets' : 'MISSES';
      console.log(`target: ${TARGET.scenario} at ${TARGET.clients} client p95 ${target.p95} ms ${verdict} ≤ ${TARGET.p95Ms} ms`);
    }
    const file = appendResult('api', { date: new Date().toISOString(), events, database: path.basename(databaseFile), seconds: Number(values.seconds), runs, ...machine }, values.results);
    console.log(`appended to ${path.relative(process.cwd(), file)}`);
  } finally {
    await server.stop();
  }
}

async function totalEvents(url: string): Promise<number> {
  const response = await fetch(`${url}/api/events?limit=1`);
  return ((await response.json()) as { total: number }).total;
}

function ms(value: number): string {
  return `${value.toFixed(1).padStart(7)} ms`;
}

main().catch((error: unknown) => {
  console.error(`api benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
