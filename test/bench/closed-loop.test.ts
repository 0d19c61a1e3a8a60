import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { runClosedLoop } from '../../bench/closed-loop';

// A local server: /slow answers after 20 ms, /fail with 500, anything else at once.
let base = '';
let inFlight = 0;
let maxInFlight = 0;
const seen: string[] = [];
const server = http.createServer((request, response) => {
  seen.push(request.url ?? '');
  inFlight++;
  maxInFlight = Math.max(maxInFlight, inFlight);
  const answer = () => {
    inFlight--;
    response.statusCode = request.url === '/fail' ? 500 : 200;
    response.end('{}');
  };
  if (request.url === '/slow') setTimeout(answer, 20);
  else answer();
});

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

describe('runClosedLoop', () => {
  it('measures every request of the run and keeps one request in flight per client', async () => {
    maxInFlight = 0;
    const result = await runClosedLoop({ urls: [`${base}/slow`], clients: 4, durationMs: 300 });
    assert.equal(result.errors, 0);
    assert.equal(result.latencyMs.count, result.requests);
    // Loose on purpose: the machine may be busy; at least one full turn per client.
    assert.ok(result.requests >= 4, `${result.requests} requests in 300 ms with 4 clients`);
    assert.ok(result.latencyMs.p50 >= 19, `p50 ${result.latencyMs.p50} ms for a 20 ms answer`);
    assert.equal(maxInFlight, 4);
    assert.ok(result.requestsPerSecond > 0);
  });

  it('cycles through the URLs', async () => {
    seen.length = 0;
    await runClosedLoop({ urls: [`${base}/a`, `${base}/b`, `${base}/c`], clients: 1, durationMs: 200 });
    assert.ok(seen.length >= 2, `${seen.length} requests`);
    assert.deepEqual(seen, seen.map((_, i) => ['/a', '/b', '/c'][i % 3]));
  });

  it('counts non-2xx answers as errors, not as latencies, and says what the first was', async () => {
    const result = await runClosedLoop({ urls: [`${base}/fail`], clients: 1, durationMs: 50 });
    assert.ok(result.errors > 0);
    assert.equal(result.latencyMs.count, 0);
    assert.equal(result.firstError, `HTTP 500 for ${base}/fail`);
  });

  it('counts refused connections as errors', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise((resolve) => closed.close(resolve));
    const result = await runClosedLoop({ urls: [url], clients: 1, durationMs: 30 });
    assert.ok(result.errors > 0);
    assert.match(result.firstError ?? '', /ECONNREFUSED/);
  });

  it('rejects an empty URL list', async () => {
    await assert.rejects(runClosedLoop({ urls: [], clients: 1, durationMs: 10 }), /no URLs/);
  });
});
