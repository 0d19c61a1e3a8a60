// The one wrapper every API route goes through: the handler returns a body (or, for a download, its
// own Response), the wrapper turns every error into JSON, so no route can leak a stack trace.
import { ParameterError } from '../query/parameter-error';
import { NotFoundError } from './api-error';

export interface ApiErrorBody {
  error: { parameter?: string; message: string };
}

type Handler<Context> = (request: Request, context: Context) => Promise<unknown>;

/** A GET route handler from a function that returns the response body (or a Response) or throws. */
export function jsonRoute<Context>(handler: Handler<Context>): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    try {
      const body = await handler(request, context);
      return body instanceof Response ? body : json(200, body);
    } catch (error) {
      if (error instanceof ParameterError) return json(400, { error: { parameter: error.parameter, message: error.reason } });
      if (error instanceof NotFoundError) return json(404, { error: { message: error.message } });
      // Unexpected: the details go to the server log, never to the client.
      console.error(`${request.method} ${new URL(request.url).pathname} failed:`, error);
      return json(500, { error: { message: 'internal error' } });
    }
  };
}

/** For every method but GET (and the HEAD Next derives from it): the API is read-only. */
export async function methodNotAllowed(request: Request): Promise<Response> {
  return json(405, { error: { message: `${request.method} is not allowed; this API is read-only (GET)` } }, { Allow: 'GET, HEAD' });
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
