// The OpenAPI 3.1 document at /api/openapi.json, generated from the endpoints' own schemas: their
// query and path parameters, their answers, and the errors every endpoint shares.
import { z } from 'zod';
import { isRepeatable, parameterNames } from '../query/query-parameters';
import { ALLOWED_METHODS } from './api-route';
import { defineEndpoint, type Endpoint } from './endpoint';
import { CORPUS_ENDPOINTS } from './endpoints';
import { errorSchema } from './response-schemas';

type JsonSchema = Record<string, unknown>;

const jsonError = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

const CACHING =
  'Successful answers carry `ETag` and `Last-Modified`, which change only when a seed stores a different corpus; send ' +
  '`If-None-Match` to get `304 Not Modified` for a copy that is still current. Errors are never cached.';

export const openApiEndpoint = defineEndpoint({
  path: '/api/openapi.json',
  summary: 'This document',
  description: 'The OpenAPI 3.1 description of the API, generated from the schemas the endpoints validate with.',
  query: z.object({}),
  pathParameters: z.object({}),
  response: { description: 'An OpenAPI 3.1 document.' },
  corpusBound: false,
  answer: async () => openApiDocument(),
});

let document: JsonSchema | null = null;

/** The document; built once, as it depends only on the code. */
export function openApiDocument(): JsonSchema {
  document ??= buildDocument([...CORPUS_ENDPOINTS, openApiEndpoint as Endpoint]);
  return document;
}

function buildDocument(endpoints: readonly Endpoint[]): JsonSchema {
  const paths: Record<string, JsonSchema> = {};
  for (const endpoint of endpoints) paths[endpoint.path] = { get: operation(endpoint), options: optionsOperation() };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Chronocite API',
      version: '1.0.0',
      description: `Read-only JSON over HTTP: the stored events, with the paragraphs that cite them, their actors and their sources. ${CACHING} Other methods than ${ALLOWED_METHODS} answer 405; unknown paths under /api answer a JSON 404.`,
    },
    paths,
    components: { schemas: { Error: toSchema(errorSchema, 'output') } },
  };
}

function operation(endpoint: Endpoint): JsonSchema {
  const responses: Record<string, unknown> = { '200': success(endpoint) };
  if (endpoint.corpusBound !== false) responses['304'] = { description: 'The copy named by `If-None-Match` is current.' };
  responses['400'] = jsonError('A parameter is bad, repeated, unknown or missing; `error.parameter` names it.');
  if (endpoint.notFound) responses['404'] = jsonError(endpoint.notFound);
  responses['500'] = jsonError('Something unexpected; the details are in the server log only.');
  return {
    operationId: operationId(endpoint.path),
    summary: endpoint.summary,
    description: endpoint.description,
    parameters: [...parameters(endpoint.pathParameters, 'path'), ...parameters(endpoint.query, 'query')],
    responses,
  };
}

function optionsOperation(): JsonSchema {
  return {
    summary: 'Allowed methods, and CORS preflight',
    responses: { '204': { description: `\`Allow: ${ALLOWED_METHODS}\`; to a preflight, the CORS headers.` } },
  };
}

function success(endpoint: Endpoint): JsonSchema {
  const { description, schema, downloadTypes } = endpoint.response;
  if (downloadTypes) return { description, content: Object.fromEntries(downloadTypes.map((type) => [type, { schema: { type: 'string' } }])) };
  return { description, content: { 'application/json': { schema: schema ? toSchema(schema, 'output') : { type: 'object' } } } };
}

/** One OpenAPI parameter per schema key: repeatable ones are arrays sent as `name=a&name=b`. */
function parameters(schema: Endpoint['query'], location: 'query' | 'path'): JsonSchema[] {
  const objectSchema = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return parameterNames(schema).map((name) => {
    const { description, ...valueSchema } = objectSchema.properties?.[name] ?? {};
    return {
      name,
      in: location,
      required: location === 'path' || (objectSchema.required ?? []).includes(name),
      ...(description !== undefined && { description }),
      schema: valueSchema,
      ...(isRepeatable(schema.shape[name] as z.ZodType) && { style: 'form', explode: true }),
    };
  });
}

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
    // zod leaves out a default it cannot tie to the input (one given after a transform); a
    // default stated in the schema's metadata is what the parameter takes when absent.
    override: ({ zodSchema, jsonSchema }) => {
      const stated = z.globalRegistry.get(zodSchema)?.default;
      if (stated !== undefined) jsonSchema.default = stated;
    },
  }) as JsonSchema;
  return rest;
}

function operationId(path: string): string {
  return path.replace(/^\/api\//, '').replace(/\{(\w+)\}/g, 'by-$1').replace(/[^a-zA-Z0-9]+(.)/g, (_, c: string) => c.toUpperCase());
}
