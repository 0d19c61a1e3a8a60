// The OpenAPI document is valid OpenAPI 3.1 (checked by a validator made for it) and describes
// exactly the routes there are, with the parameters each endpoint's schema takes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { CORPUS_ENDPOINTS } from '../../lib/api/endpoints';
import { openApiDocument } from '../../lib/api/openapi';
import { parameterNames } from '../../lib/query/query-parameters';

const API_DIR = path.join(import.meta.dirname, '../../app/api');

/** Every route file under app/api as the path it serves, `[id]` as `{id}`; the catch-all is not an endpoint. */
function routePaths(dir = API_DIR, prefix = '/api'): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === 'route.ts' && !prefix.includes('[[...') ? [prefix] : [];
    const segment = entry.name.replace(/^\[(\w+)\]$/, '{$1}');
    return routePaths(path.join(dir, entry.name), `${prefix}/${segment}`);
  });
}

type Operation = { parameters: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[]; responses: Record<string, unknown> };
const document = openApiDocument() as { paths: Record<string, { get: Operation }> };

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    assert.equal(validator.version, '3.1');
    assert.deepEqual(result.errors ?? [], []);
    assert.equal(result.valid, true);
  });

  it('the validator rejects a broken copy, so the check above can fail', async () => {
    const broken = structuredClone(document);
    broken.paths['/api/events'].get.parameters[0].in = 'body';
    assert.equal((await new Validator().validate(broken)).valid, false);
  });

  it('lists every route under app/api, and only those', () => {
    const routes = routePaths().sort();
    assert.ok(routes.includes('/api/events/{id}') && routes.includes('/api/openapi.json'), routes.join(' '));
    assert.deepEqual(Object.keys(document.paths).sort(), routes);
  });

  it('documents each endpoint’s parameters as its schema lists them', () => {
    for (const endpoint of CORPUS_ENDPOINTS) {
      const documented = document.paths[endpoint.path].get.parameters.map((p) => `${p.in}:${p.name}`);
      const expected = [...parameterNames(endpoint.pathParameters).map((n) => `path:${n}`), ...parameterNames(endpoint.query).map((n) => `query:${n}`)];
      assert.deepEqual(documented, expected, endpoint.path);
    }
  });

  it('marks required parameters, repeatable ones as arrays, and gives the rules', () => {
    const parameter = (route: string, name: string) => document.paths[route].get.parameters.find((p) => p.name === name)!;
    assert.equal(parameter('/api/timeline', 'start').required, true);
    assert.equal(parameter('/api/export', 'format').required, true);
    assert.deepEqual(parameter('/api/export', 'format').schema.enum, ['json', 'csv', 'ics', 'timelinejs']);
    assert.equal(parameter('/api/events', 'from').required, false);
    assert.equal(parameter('/api/events', 'actor').schema.type, 'array');
    assert.deepEqual(parameter('/api/events', 'mode').schema.enum, ['any', 'all']);
    assert.deepEqual(
      { type: parameter('/api/events', 'limit').schema.type, minimum: parameter('/api/events', 'limit').schema.minimum, maximum: parameter('/api/events', 'limit').schema.maximum },
      { type: 'integer', minimum: 1, maximum: 500 },
    );
    assert.equal(parameter('/api/events', 'limit').schema.default, 100);
    const datePattern = new RegExp(String(parameter('/api/events', 'from').schema.pattern));
    assert.ok(['2023', '2023-10', '2023-10-07'].every((date) => datePattern.test(date)) && !datePattern.test('2023-1'));
    assert.doesNotMatch(datePattern.source, /\?</, 'no named groups');
    assert.equal(parameter('/api/events/{id}', 'id').in, 'path');
    assert.ok(document.paths['/api/events/{id}'].get.responses['404']);
    assert.equal(document.paths['/api/events'].get.responses['404'], undefined);
  });
});
