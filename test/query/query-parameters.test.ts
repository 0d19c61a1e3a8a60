import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { ParameterError } from '../../lib/query/parameter-error';
import { isRepeatable, parameterNames, parseQuery, readQuery, wholeNumber } from '../../lib/query/query-parameters';

const schema = z.object({
  tag: z.array(z.string()).default([]),
  name: z.string().optional(),
  limit: wholeNumber({ min: 1, max: 10, fallback: 5 }, 'How many.'),
});
const read = (query: string) => readQuery(schema, new URLSearchParams(query));

function rejects(run: () => unknown, parameter: string, message?: RegExp): void {
  assert.throws(run, (error: unknown) => error instanceof ParameterError && error.parameter === parameter && (!message || message.test(error.reason)));
}

describe('readQuery', () => {
  it('reads single and repeatable parameters, repeats once, defaults when absent', () => {
    assert.deepEqual(read('tag=a&tag=b&tag=a&name=x&limit=7'), { tag: ['a', 'b'], name: 'x', limit: 7 });
    assert.deepEqual(read(''), { tag: [], limit: 5 });
    assert.deepEqual(read('other=1'), { tag: [], limit: 5 }, 'readQuery leaves other names alone');
  });

  it('names a repeated single parameter and a bad value', () => {
    rejects(() => read('name=a&name=b'), 'name', /only once/);
    for (const limit of ['0', '11', '1e1', '-1', '2.5', '']) rejects(() => read(`limit=${limit}`), 'limit', /whole number from 1 to 10/);
  });
});

describe('parseQuery', () => {
  it('names every unknown parameter and lists what the endpoint takes', () => {
    rejects(() => parseQuery(schema, new URLSearchParams('tags=a&nmae=b')), 'tags', /unknown parameters "tags", "nmae"; this endpoint takes tag, name, limit/);
    rejects(() => parseQuery(z.object({}), new URLSearchParams('x=1')), 'x', /takes no parameters/);
    assert.deepEqual(parseQuery(schema, new URLSearchParams('tag=a')), { tag: ['a'], limit: 5 });
  });
});

describe('schema shape', () => {
  it('gives names in order and tells repeatable from single', () => {
    assert.deepEqual(parameterNames(schema), ['tag', 'name', 'limit']);
    assert.equal(isRepeatable(schema.shape.tag), true);
    assert.equal(isRepeatable(schema.shape.name), false);
    assert.equal(isRepeatable(schema.shape.limit), false);
  });
});
