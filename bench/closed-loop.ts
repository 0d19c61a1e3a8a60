import http from 'node:http';
import { percentiles, type Percentiles } from './percentiles';

export interface ClosedLoopOptions {
  /** Requested in turn: each client takes the next URL after its own last one. */
  urls: readonly string[];
  /** Concurrent clients, each with one keep-alive connection and one request in flight. */
  clients: number;
  durationMs: number;
}

export interface ClosedLoopResult {
  /** Milliseconds from sending a request to reading the last byte of its answer (2xx only). */
  latencyMs: Percentiles;
  requests: number;
  /** Answers other than 2xx and failed connections; not in the latencies. */
  errors: number;
  requestsPerSecond: number;
  /** First error seen, to say why a run failed. */
  firstError: string | null;
}

/**
 * A closed-loop load: `clients` clients each send a request, read the whole answer, and send the
 * next, until the duration is over. Latencies are measured per request with performance.now(), so
 * the percentiles are exact (no histogram buckets). The client runs in this process and shares the
 * machine's cores with the server: on a small machine it is part of the load.
 */
export async function runClosedLoop(options: ClosedLoopOptions): Promise<ClosedLoopResult> {
  if (options.urls.length === 0) throw new Error('no URLs to request');
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.clients });
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const started = performance.now();
  const deadline = started + options.durationMs;

  async function client(index: number): Promise<void> {
    for (let turn = 0; performance.now() < deadline; turn++) {
      const url = options.urls[(index + turn * options.clients) % options.urls.length];
      const sent = performance.now();
      try {
        const status = await get(url, agent);
        if (status >= 200 && status < 300) latencies.push(performance.now() - sent);
        else {
          errors++;
          firstError ??= `HTTP ${status} for ${url}`;
        }
      } catch (error) {
        errors++;
        firstError ??= `${error instanceof Error ? error.message : String(error)} for ${url}`;
      }
    }
  }

  await Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    latencyMs: percentiles(latencies),
    requests: latencies.length + errors,
    errors,
    requestsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
    firstError,
  };
}

/** GETs `url` and reads the whole body; resolves with the status code. */
function get(url: string, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent }, (response) => {
      response.on('data', () => {});
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    request.setTimeout(30_000, () => request.destroy(new Error('no answer within 30 s')));
    request.on('error', reject);
  });
}
