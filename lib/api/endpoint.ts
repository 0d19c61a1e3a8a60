// What the API knows about one endpoint, in one place: its path, its query schema (validation, the
// allowed names and the documentation all come from it) and how it answers. The route wrapper
// (api-route.ts) serves it; the OpenAPI document (openapi.ts) describes it.
import type { z } from 'zod';
import type { QuerySchema } from '../query/query-parameters';

/** A file to download rather than JSON to read. */
export interface Download {
  body: string;
  contentType: string;
  fileName: string;
}

export interface Endpoint<Query extends QuerySchema = QuerySchema, Path extends QuerySchema = QuerySchema> {
  /** As OpenAPI writes it: `/api/events/{id}`. */
  path: string;
  summary: string;
  description: string;
  query: Query;
  /** The path's `{…}` segments; an empty object when there are none. */
  pathParameters: Path;
  /** The 200 answer: a JSON body described by `response`, or a download in one of `downloadTypes`. */
  response: { description: string; schema?: z.ZodType; downloadTypes?: readonly string[] };
  /** False for an answer that depends on the code alone: no ETag from the corpus's revision. */
  corpusBound?: boolean;
  /** Whether the endpoint answers 404 for something that does not exist. */
  notFound?: string;
  answer: (query: z.output<Query>, path: z.output<Path>, request: Request) => Promise<unknown>;
}

/** Keeps the schema types of an endpoint while checking its shape. */
export function defineEndpoint<Query extends QuerySchema, Path extends QuerySchema>(endpoint: Endpoint<Query, Path>): Endpoint<Query, Path> {
  return endpoint;
}
