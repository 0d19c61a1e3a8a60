// The API over real HTTP (next start): conditional GETs, CORS, JSON 404s, OPTIONS and 405s, and
// compression as it reaches a client on the wire.
import zlib from 'node:zlib';
import http from 'node:http';
import { expect, test } from '@playwright/test';

/** A raw GET that leaves the body as sent, so the encoding on the wire can be checked. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

test('a repeated GET with If-None-Match answers 304', async ({ request }) => {
  const first = await request.get('/api/events?limit=5');
  expect(first.status()).toBe(200);
  const etag = first.headers()['etag'];
  expect(etag).toMatch(/^W\/".+"$/);
  expect(first.headers()['cache-control']).toBe('no-cache');
  expect(first.headers()['last-modified']).toBeTruthy();
  const again = await request.get('/api/events?limit=5', { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
  expect((await request.get('/api/events?limit=6', { headers: { 'If-None-Match': etag } })).status()).toBe(200);
});

test('GET answers carry CORS headers, and a preflight is answered', async ({ request }) => {
  const answer = await request.get('/api/actors', { headers: { Origin: 'https://elsewhere.example' } });
  expect(answer.headers()['access-control-allow-origin']).toBe('*');
  const preflight = await request.fetch('/api/events', {
    method: 'OPTIONS',
    headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-origin']).toBe('*');
  expect(preflight.headers()['access-control-allow-methods']).toContain('GET');
  expect(preflight.headers()['access-control-allow-headers']).toMatch(/If-None-Match/i);
});

test('OPTIONS gives the same Allow as a 405', async ({ request }) => {
  const options = await request.fetch('/api/timeline', { method: 'OPTIONS' });
  const refused = await request.post('/api/timeline');
  expect(refused.status()).toBe(405);
  expect(options.headers()['allow']).toBe(refused.headers()['allow']);
  expect((await refused.json()).error.message).toMatch(/read-only/);
});

test('an unknown API path answers a JSON 404, whatever the method', async ({ request }) => {
  for (const answer of [await request.get('/api/no-such-thing'), await request.delete('/api/events/evt_1/more'), await request.get('/api')]) {
    expect(answer.status()).toBe(404);
    expect(answer.headers()['content-type']).toMatch(/application\/json/);
    expect((await answer.json()).error.message).toMatch(/no API endpoint/);
  }
});

test('answers are compressed on the wire and decode to valid JSON', async ({ baseURL }) => {
  const url = `${baseURL}/api/events?limit=100`;
  const plain = await rawGet(url, { 'Accept-Encoding': 'identity' });
  expect(plain.headers['content-encoding']).toBeUndefined();
  const br = await rawGet(url, { 'Accept-Encoding': 'br' });
  expect(br.headers['content-encoding']).toBe('br');
  expect(br.headers['vary']).toMatch(/Accept-Encoding/);
  expect(JSON.parse(zlib.brotliDecompressSync(br.body).toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
  const gz = await rawGet(url, { 'Accept-Encoding': 'gzip' });
  expect(gz.headers['content-encoding']).toBe('gzip');
  expect(JSON.parse(zlib.gunzipSync(gz.body).toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
  expect(br.body.length).toBeLessThan(plain.body.length / 3);
  const error = await rawGet(`${baseURL}/api/events?limit=0`, { 'Accept-Encoding': 'gzip' });
  expect(error.headers['content-encoding']).toBe('gzip');
  expect(JSON.parse(zlib.gunzipSync(error.body).toString('utf8')).error.parameter).toBe('limit');
});

test('the OpenAPI document is served', async ({ request }) => {
  const answer = await request.get('/api/openapi.json');
  expect(answer.status()).toBe(200);
  const document = await answer.json();
  expect(document.openapi).toBe('3.1.0');
  expect(Object.keys(document.paths)).toContain('/api/events/{id}');
});
