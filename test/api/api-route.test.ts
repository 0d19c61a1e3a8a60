// The route wrapper's HTTP behaviour, handlers called as Next calls them: validators and 304,
// caching headers, CORS and preflight, OPTIONS agreeing with the 405s, compression, JSON 404.
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { describe, it } from 'node:test';
import { seedArticles, useTemporaryDatabase } from '../db/test-database';

useTemporaryDatabase(seedArticles);
const events = await import('../../app/api/events/route');
const unknown = await import('../../app/api/[[...path]]/route');
const { ALLOWED_METHODS } = await import('../../lib/api/api-route');

const get = (path: string, headers: Record<string, string> = {}) => events.GET(new Request(`http://localhost${path}`, { headers }));

describe('conditional GET', () => {
  it('gives a weak ETag, Last-Modified and no-cache; 304 to If-None-Match, whatever the encoding', async () => {
    const first = await get('/api/events?limit=2');
    assert.equal(first.status, 200);
    const etag = first.headers.get('etag')!;
    assert.match(etag, /^W\/"[\w-]+"$/);
    assert.ok(!Number.isNaN(Date.parse(first.headers.get('last-modified')!)));
    assert.equal(first.headers.get('cache-control'), 'no-cache');
    assert.equal((await get('/api/events?limit=2')).headers.get('etag'), etag, 'stable while the corpus is unchanged');
    const again = await get('/api/events?limit=2', { 'If-None-Match': etag, 'Accept-Encoding': 'gzip' });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    assert.equal(again.headers.get('etag'), etag);
    assert.equal((await get('/api/events?limit=2', { 'If-None-Match': `"other", ${etag.slice(2)}` })).status, 304);
    assert.equal((await get('/api/events?limit=2', { 'If-Modified-Since': first.headers.get('last-modified')! })).status, 304);
  });

  it('answers in full to another query, a stale tag or an old date', async () => {
    const etag = (await get('/api/events?limit=2')).headers.get('etag')!;
    assert.notEqual((await get('/api/events?limit=3')).headers.get('etag'), etag);
    assert.equal((await get('/api/events?limit=3', { 'If-None-Match': etag })).status, 200);
    assert.equal((await get('/api/events?limit=2', { 'If-None-Match': 'W/"stale"' })).status, 200);
    assert.equal((await get('/api/events?limit=2', { 'If-Modified-Since': 'Thu, 01 Jan 1970 00:00:00 GMT' })).status, 200);
  });

  it('changes the ETag and Last-Modified when a seed stores different data, not when it stores the same', async () => {
    const { prisma } = await import('../../lib/db/client');
    const before = await get('/api/events?limit=2');
    const revision = await prisma.corpusRevision.findUniqueOrThrow({ where: { id: 1 } });
    try {
      await prisma.corpusRevision.update({ where: { id: 1 }, data: { digest: 'another corpus', storedAt: '2030-01-01T00:00:00.000Z' } });
      const after = await get('/api/events?limit=2', { 'If-None-Match': before.headers.get('etag')! });
      assert.equal(after.status, 200);
      assert.notEqual(after.headers.get('etag'), before.headers.get('etag'));
      assert.equal(after.headers.get('last-modified'), 'Tue, 01 Jan 2030 00:00:00 GMT');
    } finally {
      await prisma.corpusRevision.update({ where: { id: 1 }, data: revision });
    }
  });

  it('never lets errors be cached and gives them no validators', async () => {
    const error = await get('/api/events?limit=0');
    assert.equal(error.status, 400);
    assert.equal(error.headers.get('cache-control'), 'no-store');
    assert.equal(error.headers.get('etag'), null);
  });
});

describe('CORS and methods', () => {
  it('lets any origin read GET answers and errors by default', async () => {
    assert.equal((await get('/api/events?limit=1', { Origin: 'https://elsewhere.example' })).headers.get('access-control-allow-origin'), '*');
    assert.equal((await get('/api/events?limit=x')).headers.get('access-control-allow-origin'), '*');
  });

  it('answers a preflight, with the same Allow as the 405s', async () => {
    const preflight = await events.OPTIONS(new Request('http://localhost/api/events', {
      method: 'OPTIONS', headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' },
    }));
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.equal(preflight.headers.get('access-control-allow-methods'), ALLOWED_METHODS);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /If-None-Match/);
    const refused = await events.POST(new Request('http://localhost/api/events', { method: 'POST' }));
    assert.equal(refused.status, 405);
    assert.equal(preflight.headers.get('allow'), refused.headers.get('allow'));
    assert.equal(refused.headers.get('cache-control'), 'no-store');
  });
});

describe('compression', () => {
  it('sends brotli or gzip as accepted, decoding to the same JSON; as it is otherwise', async () => {
    const plain = await get('/api/events?limit=50');
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.match(plain.headers.get('vary') ?? '', /Accept-Encoding/);
    const json = await plain.json();
    const br = await get('/api/events?limit=50', { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(br.headers.get('content-encoding'), 'br');
    assert.deepEqual(JSON.parse(zlib.brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString('utf8')), json);
    const gz = await get('/api/events?limit=50', { 'Accept-Encoding': 'gzip;q=1, br;q=0' });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    assert.deepEqual(JSON.parse(zlib.gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8')), json);
    assert.equal((await get('/api/events?limit=50', { 'Accept-Encoding': 'identity' })).headers.get('content-encoding'), null);
  });

  it('encodes errors too, as next.config.js announces it for every /api answer', async () => {
    const error = await get('/api/events?limit=0', { 'Accept-Encoding': 'gzip' });
    assert.equal(error.headers.get('content-encoding'), 'gzip');
    assert.equal(JSON.parse(zlib.gunzipSync(Buffer.from(await error.arrayBuffer())).toString('utf8')).error.parameter, 'limit');
    const missing = await unknown.GET(new Request('http://localhost/api/nothing', { headers: { 'Accept-Encoding': 'br' } }));
    assert.match(zlib.brotliDecompressSync(Buffer.from(await missing.arrayBuffer())).toString('utf8'), /no API endpoint/);
  });
});

describe('unknown paths', () => {
  it('answer a JSON 404 for every method', async () => {
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const) {
      const answer = await unknown[method](new Request('http://localhost/api/nothing-here', { method }));
      assert.equal(answer.status, 404, method);
      assert.match((await answer.json()).error.message, /no API endpoint at \/api\/nothing-here/);
    }
  });
});
