// Calls a route handler the way Next does, without a server, and reads its JSON answer.
import assert from 'node:assert/strict';

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>;

export interface JsonAnswer {
  status: number;
  /** Parsed JSON; tests read whichever fields the endpoint documents. */
  body: any;
  headers: Headers;
}

export async function callRoute<Context>(
  handler: RouteHandler<Context>, path: string, context: Context, method = 'GET',
): Promise<JsonAnswer> {
  const response = await handler(new Request(`http://localhost${path}`, { method }), context);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  return { status: response.status, body: await response.json(), headers: response.headers };
}

/** Asserts a 400 that names `parameter`, with a message and nothing else. */
export function assertBadParameter(answer: JsonAnswer, parameter: string, message?: RegExp): void {
  assert.equal(answer.status, 400, JSON.stringify(answer.body));
  assert.deepEqual(Object.keys(answer.body), ['error']);
  assert.equal(answer.body.error.parameter, parameter);
  assert.equal(typeof answer.body.error.message, 'string');
  if (message) assert.match(answer.body.error.message, message);
}
