// Query parameters beyond the shared filter, and the check that catches misspelt ones.
import { single } from '../query/event-filter';
import { ParameterError } from '../query/parameter-error';

/** The parameters `parseEventFilter` reads. */
export const FILTER_PARAMETERS = ['actor', 'mode', 'affiliated', 'source', 'from', 'to', 'q', 'precision'] as const;

/**
 * Throws naming every parameter the endpoint does not take: a typo (`actors=`, `form=`) would
 * otherwise be ignored and return unfiltered events that look like an answer.
 */
export function rejectUnknownParameters(params: URLSearchParams, allowed: readonly string[]): void {
  const unknown = [...new Set(params.keys())].filter((name) => !allowed.includes(name));
  if (unknown.length === 0) return;
  const names = unknown.map((name) => JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name));
  const takes = allowed.length === 0 ? 'no parameters' : allowed.join(', ');
  throw new ParameterError(unknown[0], `unknown parameter${unknown.length > 1 ? 's' : ''} ${names.join(', ')}; this endpoint takes ${takes}`);
}

/** An optional whole number in [min, max]; digits only, so "1e3", "10.5" and "-1" are errors. */
export function wholeNumber(params: URLSearchParams, name: string, range: { min: number; max: number; fallback: number }): number {
  const value = single(params, name);
  if (value === null) return range.fallback;
  const number = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!(number >= range.min && number <= range.max)) {
    throw new ParameterError(name, `must be a whole number from ${range.min} to ${range.max}`);
  }
  return number;
}
