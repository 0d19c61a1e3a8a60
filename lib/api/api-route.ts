// The one wrapper every API route goes through. GET reads the query and path through the endpoint's
// schemas (a bad one answers 400 naming it), answers 304 when the client's copy is of the stored
// corpus, else builds the answer, compressed when the client accepts it. Every error becomes JSON,
// so no route can leak a stack trace; the API is read-only, so other methods answer 405.
import { z } from 'zod';
import { getCorpusRevision } from '../db/queries';
import { readSnapshot } from '../db/snapshot';
import { ParameterError } from '../query/parameter-error';
import { parseQuery, type QuerySchema } from '../query/query-parameters';
import { NotFoundError } from './api-error';
import { chooseEncoding, compress } from './compression';
import { PREFLIGHT_HEADERS, corsHeaders } from './cors';
import type { Download, Endpoint } from './endpoint';
import { isNotModified, validatorsFor } from './validators';

export interface ApiErrorBody {
  error: { parameter?: string; message: string };
}

/** The methods every API path allows: OPTIONS and the 405s say the same. */
export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

/** Next passes the path's segments; a test may call a handler without any. */
type RouteContext = { params?: Promise<Record<string, string | string[]>> };
type Handler = (request: Request, context?: RouteContext) => Promise<Response>;

export interface ApiRoute {
  GET: Handler;
  OPTIONS: Handler;
  POST: Handler;
  PUT: Handler;
  PATCH: Handler;
  DELETE: Handler;
}

/** The route handlers of an endpoint, for `export const { GET, … } = apiRoute(endpoint)`. */
export function apiRoute<Query extends QuerySchema, Path extends QuerySchema>(endpoint: Endpoint<Query, Path>): ApiRoute {
  const GET: Handler = (request, context) =>
    guarded(request, async () => {
      const url = new URL(request.url);
      const query = parseQuery(endpoint.query, url.searchParams);
      const path = parsePath(endpoint.pathParameters, (await context?.params) ?? {});
      // One snapshot for the revision and the answer: a seed committing in between must not pair
      // the new corpus's ETag with the old corpus's answer. Encoding waits until it is released.
      const { status, body, headers } = await readSnapshot(async () => {
        const revision = endpoint.corpusBound === false ? null : await getCorpusRevision();
        const validators = revision === null ? null : validatorsFor(revision, url);
        const headers: Record<string, string> = {
          ...corsHeaders(request.headers.get('origin')),
          'Cache-Control': 'no-cache',
          ...(validators && { ETag: validators.etag, 'Last-Modified': validators.lastModified }),
        };
        if (validators && isNotModified(request, validators)) return { status: 304, body: null, headers };
        const answer = await endpoint.answer(query, path, request);
        const file = isDownload(answer) ? answer : { body: JSON.stringify(answer), contentType: 'application/json' };
        headers['Content-Type'] = file.contentType;
        if ('fileName' in file) headers['Content-Disposition'] = `attachment; filename="${file.fileName}"`;
        return { status: 200, body: file.body, headers };
      });
      return send(request, status, body, headers);
    });
  return { GET, OPTIONS: options, POST: methodNotAllowed, PUT: methodNotAllowed, PATCH: methodNotAllowed, DELETE: methodNotAllowed };
}

/** Any method on a path the API does not have: JSON 404. */
export const unknownPath: Handler = async (request) =>
  errorResponse(request, 404, { message: `no API endpoint at ${new URL(request.url).pathname}; the endpoints are listed in /api/openapi.json` });

/** OPTIONS: which methods the path allows, and to a CORS preflight, which requests other origins may send. */
export const options: Handler = async (request) => {
  const headers: Record<string, string> = { Allow: ALLOWED_METHODS, ...corsHeaders(request.headers.get('origin')) };
  if (request.headers.has('access-control-request-method') && 'Access-Control-Allow-Origin' in headers) {
    Object.assign(headers, PREFLIGHT_HEADERS, { 'Access-Control-Allow-Methods': ALLOWED_METHODS });
  }
  return send(request, 204, null, headers);
};

/** For every method but GET, HEAD (which Next derives from GET) and OPTIONS: the API is read-only. */
export const methodNotAllowed: Handler = async (request) =>
  errorResponse(request, 405, { message: `${request.method} is not allowed; this API is read-only (GET)` }, { Allow: ALLOWED_METHODS });

async function guarded(request: Request, respond: () => Promise<Response>): Promise<Response> {
  try {
    return await respond();
  } catch (error) {
    if (error instanceof ParameterError) return errorResponse(request, 400, { parameter: error.parameter, message: error.reason });
    if (error instanceof NotFoundError) return errorResponse(request, 404, { message: error.message });
    // Unexpected: the details go to the server log, never to the client.
    console.error(`${request.method} ${new URL(request.url).pathname} failed:`, error);
    return errorResponse(request, 500, { message: 'internal error' });
  }
}

function parsePath<Path extends QuerySchema>(schema: Path, params: Record<string, string | string[]>): z.output<Path> {
  const result = schema.safeParse(params);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw new ParameterError(String(issue.path[0]), issue.message);
}

function isDownload(answer: unknown): answer is Download {
  return typeof answer === 'object' && answer !== null && 'fileName' in answer && 'contentType' in answer && 'body' in answer;
}

/**
 * Every API response: its body encoded as the request accepts (next.config.js sets the
 * Content-Encoding Next would drop from here; see compression.ts), and Vary saying so.
 */
async function send(request: Request, status: number, body: string | null, headers: Record<string, string>): Promise<Response> {
  const encoding = chooseEncoding(request.headers.get('accept-encoding'));
  const vary = [headers.Vary, 'Accept-Encoding'].filter(Boolean).join(', ');
  const encoded = body !== null && encoding !== null ? await compress(body, encoding) : body;
  return new Response(encoded, { status, headers: { ...headers, Vary: vary, ...(encoding !== null && body !== null && { 'Content-Encoding': encoding }) } });
}

function errorResponse(request: Request, status: number, error: ApiErrorBody['error'], headers: Record<string, string> = {}): Promise<Response> {
  const body: ApiErrorBody = { error };
  return send(request, status, JSON.stringify(body), {
    ...corsHeaders(request.headers.get('origin')),
    'Cache-Control': 'no-store',
    'Content-Type': 'application/json',
    ...headers,
  });
}
