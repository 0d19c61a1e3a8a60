// The event filters shared by the timeline's URL, the JSON API and the exports: one parser, so the
// same query string selects the same events everywhere.
import type { Precision } from '../extract/types';
import { ParameterError } from './parameter-error';
import { clip, parseQueryDate } from './query-date';

export const PRECISIONS: readonly Precision[] = ['day', 'week', 'month', 'season', 'year', 'decade', 'approximate'];
export const MATCH_MODES = ['any', 'all'] as const;
export type MatchMode = (typeof MATCH_MODES)[number];

export interface EventFilter {
  /** `actor` (repeatable): actor slugs. Empty: no actor filter. */
  actors: string[];
  /** `mode`: an event matches when it names any (default) or all of `actors`. */
  mode: MatchMode;
  /** `affiliated` (default true): an actor also stands for the actors affiliated to it, e.g. Hamas for Haniyeh. */
  affiliated: boolean;
  /** `source` (repeatable): source slugs; an event matches when any of them cites it. */
  sources: string[];
  /** `from`: first ISO day of the range; events ending on or after it match. */
  from: string | null;
  /** `to`: last ISO day of the range; events starting on or before it match. */
  to: string | null;
  /** `q`: free text over titles, summaries and quotes. */
  q: string | null;
  /** `precision` (repeatable): only events dated at these precisions. */
  precisions: Precision[];
}

export const EMPTY_FILTER: EventFilter = {
  actors: [], mode: 'any', affiliated: true, sources: [], from: null, to: null, q: null, precisions: [],
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_REPEATS = 50;
const MAX_SLUG_LENGTH = 100;
const MAX_QUERY_LENGTH = 200;

/** Reads the filter from query parameters; throws a ParameterError naming the first bad one. */
export function parseEventFilter(params: URLSearchParams): EventFilter {
  const from = single(params, 'from');
  const to = single(params, 'to');
  const filter: EventFilter = {
    actors: slugs(params, 'actor'),
    mode: oneOf(params, 'mode', MATCH_MODES) ?? 'any',
    affiliated: (oneOf(params, 'affiliated', ['true', 'false'] as const) ?? 'true') === 'true',
    sources: slugs(params, 'source'),
    from: from === null ? null : parseQueryDate('from', from).first,
    to: to === null ? null : parseQueryDate('to', to).last,
    q: freeText(params, 'q'),
    precisions: unique(params.getAll('precision')).map((value) => {
      if (!(PRECISIONS as readonly string[]).includes(value)) throw unexpected('precision', value, PRECISIONS);
      return value as Precision;
    }),
  };
  if (filter.from !== null && filter.to !== null && filter.from > filter.to) {
    throw new ParameterError('to', `${to} is before from (${from})`);
  }
  return filter;
}

/** The filter as canonical query parameters, defaults left out; `parseEventFilter` reads it back. */
export function eventFilterParams(filter: EventFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const actor of filter.actors) params.append('actor', actor);
  if (filter.mode !== 'any') params.set('mode', filter.mode);
  if (!filter.affiliated) params.set('affiliated', 'false');
  for (const source of filter.sources) params.append('source', source);
  if (filter.from !== null) params.set('from', filter.from);
  if (filter.to !== null) params.set('to', filter.to);
  if (filter.q !== null) params.set('q', filter.q);
  for (const precision of filter.precisions) params.append('precision', precision);
  return params;
}

/** A parameter that may appear at most once; sending it twice is an error, not a silent choice. */
export function single(params: URLSearchParams, name: string): string | null {
  const values = params.getAll(name);
  if (values.length > 1) throw new ParameterError(name, 'may be given only once');
  return values[0] ?? null;
}

function oneOf<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T | null {
  const value = single(params, name);
  if (value === null) return null;
  if (!(allowed as readonly string[]).includes(value)) throw unexpected(name, value, allowed);
  return value as T;
}

function slugs(params: URLSearchParams, name: string): string[] {
  const values = unique(params.getAll(name));
  if (values.length > MAX_REPEATS) throw new ParameterError(name, `at most ${MAX_REPEATS} values`);
  for (const value of values) {
    if (value.length > MAX_SLUG_LENGTH || !SLUG.test(value)) {
      throw new ParameterError(name, `${JSON.stringify(clip(value))} is not a slug (lowercase letters, digits and hyphens)`);
    }
  }
  return values;
}

function freeText(params: URLSearchParams, name: string): string | null {
  const value = single(params, name);
  if (value === null) return null;
  const text = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text.length > MAX_QUERY_LENGTH) throw new ParameterError(name, `at most ${MAX_QUERY_LENGTH} characters`);
  if (/[\u0000-\u001f\u007f]/.test(text)) throw new ParameterError(name, 'contains control characters');
  return text === '' ? null : text;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function unexpected(name: string, value: string, allowed: readonly string[]): ParameterError {
  return new ParameterError(name, `${JSON.stringify(clip(value))} is not one of ${allowed.join(', ')}`);
}
