// Reading query parameters through a zod object whose shape is the one list of what a request takes:
// its keys are the allowed names, an array schema marks a repeatable parameter, and the value
// schemas carry the rules, the error messages and (through z.toJSONSchema) the documentation.
import { z } from 'zod';
import { ParameterError } from './parameter-error';
import { clip } from './query-date';

export type QuerySchema = z.ZodObject;

/** The names a query schema takes, in its declared order. */
export function parameterNames(schema: QuerySchema): string[] {
  return Object.keys(schema.shape);
}

/** Whether a parameter may be given several times: its schema is an array (possibly with a default). */
export function isRepeatable(schema: z.ZodType): boolean {
  if (schema instanceof z.ZodArray) return true;
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional) return isRepeatable(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return isRepeatable(schema.in as z.ZodType);
  return false;
}

/**
 * Reads the schema's parameters and ignores any others (a page's URL carries more than one
 * request's). A single-valued parameter given twice is an error, not a silent choice; a repeated
 * value of a repeatable one counts once. Throws a ParameterError naming the first bad parameter.
 */
export function readQuery<Schema extends QuerySchema>(schema: Schema, params: URLSearchParams): z.output<Schema> {
  const values: Record<string, string | string[]> = {};
  for (const [name, parameter] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const given = params.getAll(name);
    if (isRepeatable(parameter)) {
      if (given.length > 0) values[name] = [...new Set(given)];
    } else if (given.length > 1) {
      throw new ParameterError(name, 'may be given only once');
    } else if (given.length === 1) {
      values[name] = given[0];
    }
  }
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw new ParameterError(String(issue.path[0] ?? parameterNames(schema)[0]), issue.message);
}

/** `readQuery` for an endpoint: names the schema does not list are errors too. */
export function parseQuery<Schema extends QuerySchema>(schema: Schema, params: URLSearchParams): z.output<Schema> {
  rejectUnknownParameters(params, parameterNames(schema));
  return readQuery(schema, params);
}

/**
 * Throws naming every parameter the endpoint does not take: a typo (`actors=`, `form=`) would
 * otherwise be ignored and return unfiltered events that look like an answer.
 */
export function rejectUnknownParameters(params: URLSearchParams, allowed: readonly string[]): void {
  const unknown = [...new Set(params.keys())].filter((name) => !allowed.includes(name));
  if (unknown.length === 0) return;
  const names = unknown.map((name) => JSON.stringify(clip(name)));
  const takes = allowed.length === 0 ? 'no parameters' : allowed.join(', ');
  throw new ParameterError(unknown[0], `unknown parameter${unknown.length > 1 ? 's' : ''} ${names.join(', ')}; this endpoint takes ${takes}`);
}

/**
 * A string parameter checked by a rule written as a function that throws ParameterError (shared
 * with code that reads single values, such as dates): its reason becomes the zod issue's message.
 * Unless made optional, the parameter is required and its absence says `missing`.
 */
export function ruledString<T>(rule: (value: string) => T, missing = 'is required'): z.ZodPipe<z.ZodString, z.ZodTransform<Awaited<T>, string>> {
  return z.string({ error: (issue) => (issue.input === undefined ? missing : undefined) }).transform((value, context) => {
    try {
      return rule(value);
    } catch (error) {
      if (!(error instanceof ParameterError)) throw error;
      context.issues.push({ code: 'custom', message: error.reason, input: value });
      return z.NEVER;
    }
  }) as z.ZodPipe<z.ZodString, z.ZodTransform<Awaited<T>, string>>;
}

/** One of a list of words, with the message every such parameter gives. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T): z.ZodEnum<{ [K in T[number]]: K }> {
  return z.enum(values, { error: (issue) => `${JSON.stringify(clip(String(issue.input)))} is not one of ${values.join(', ')}` });
}

/** An optional whole number in [min, max], `fallback` when absent; digits only, so "1e3", "10.5" and "-1" are errors. */
export function wholeNumber(range: { min: number; max: number; fallback: number }, description: string) {
  const message = `must be a whole number from ${range.min} to ${range.max}`;
  return z
    .string()
    .transform((value, context) => {
      const number = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
      if (number >= range.min && number <= range.max) return number;
      context.issues.push({ code: 'custom', message, input: value });
      return z.NEVER;
    })
    .default(range.fallback)
    .meta({ description, type: 'integer', minimum: range.min, maximum: range.max, default: range.fallback });
}
