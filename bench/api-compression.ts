// Bytes on the wire of API answers, plain and compressed as the routes send them, for the database
// at DATABASE_URL: npx tsx bench/api-compression.ts (e.g. DATABASE_URL=file:.chronocite/e2e.db).
import { compress } from '../lib/api/compression';

const REQUESTS = [
  '/api/events?limit=100',
  '/api/events?limit=500',
  '/api/timeline?start=1900&end=2100',
  '/api/timeline?start=2023&end=2023&group=source',
  '/api/actors',
  '/api/sources',
  '/api/export?format=json',
  '/api/openapi.json',
];

const routes: Record<string, (request: Request) => Promise<Response>> = {
  events: (await import('../app/api/events/route')).GET,
  timeline: (await import('../app/api/timeline/route')).GET,
  actors: (await import('../app/api/actors/route')).GET,
  sources: (await import('../app/api/sources/route')).GET,
  export: (await import('../app/api/export/route')).GET,
  'openapi.json': (await import('../app/api/openapi.json/route')).GET,
};

console.log(['request', 'identity', 'gzip', 'br', 'br %'].join('\t'));
for (const path of REQUESTS) {
  const route = routes[path.split('?')[0].replace('/api/', '')];
  const body = await (await route(new Request(`http://localhost${path}`))).text();
  const plain = Buffer.byteLength(body);
  const sizes = await Promise.all((['gzip', 'br'] as const).map(async (encoding) => (await compress(body, encoding)).length));
  console.log([path, plain, ...sizes, `${((100 * sizes[1]) / plain).toFixed(1)}%`].join('\t'));
}
