import type { z } from 'zod';
import type { GazetteerProblem } from './gazetteer-problem';

/** Rewords a zod issue in the gazetteer's terms ("unknown field", "unknown kind"). */
export function schemaProblem(issue: z.core.$ZodIssue, value: unknown): GazetteerProblem {
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  const where = path.length > 0 ? ` at ${path.join('.')}` : '';
  if (issue.code === 'unrecognized_keys') {
    return { path, key: issue.keys[0], message: `unknown field '${issue.keys[0]}'${where}` };
  }
  if (issue.code === 'invalid_value' && path.at(-1) === 'kind') {
    return { path, message: `unknown kind '${String(valueAt(value, path))}' (expected ${issue.values.join(', ')})` };
  }
  return { path, message: `${issue.message}${where}` };
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, part) => (node as Record<string | number, unknown> | null)?.[part], value);
}
