// The event filters shared by the timeline's URL, the JSON API and the exports: one parser, so the
// same query string selects the same events everywhere.
import { z } from 'zod';
import type { Precision } from '../extract/types';
import { ParameterError } from './parameter-error';
import { QUERY_DATE, clip, parseQueryDate } from './query-date';
import { oneOf, readQuery, ruledString } from './query-parameters';

export const PRECISIONS = ['day', 'week', 'month', 'season', 'year', 'decade', 'approximate'] as const satisfies readonly Precision[];
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

/** Repeatable slugs (repeats count once). */
function slugs(what: string) {
  const slug = z
    .string()
    .max(MAX_SLUG_LENGTH, { error: (issue) => notSlug(String(issue.input)) })
    .regex(SLUG, { error: (issue) => notSlug(String(issue.input)) });
  return z.array(slug).max(MAX_REPEATS, `at most ${MAX_REPEATS} values`).default([]).meta({ description: what });
}

function notSlug(value: string): string {
  return `${JSON.stringify(clip(value))} is not a slug (lowercase letters, digits and hyphens)`;
}

/** Free text: NFC, runs of white space as one space, trimmed; empty is no text at all. */
export function freeText(what: string) {
  return z
    .string()
    .transform((value) => value.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .max(MAX_QUERY_LENGTH, `at most ${MAX_QUERY_LENGTH} characters`)
        .refine((text) => !/[\u0000-\u001f\u007f]/.test(text), 'contains control characters')
        .transform((text) => (text === '' ? null : text)),
    )
    .optional()
    .transform((text) => text ?? null)
    .meta({ description: what, maxLength: MAX_QUERY_LENGTH });
}

/** A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` parameter, as the days it spans. */
export function queryDate(name: string, what: string) {
  // JSON Schema patterns are plain ECMA-262: the named groups are left out.
  const pattern = QUERY_DATE.source.replace(/\(\?<\w+>/g, '(');
  return ruledString((value) => parseQueryDate(name, value)).meta({ description: what, pattern });
}

/**
 * The filter's query parameters: the one list of their names, rules and descriptions, read by
 * `parseEventFilter` and extended by each API endpoint that filters events.
 */
export const eventFilterQuery = z.object({
  actor: slugs('Actor slugs (see /api/actors); an event matches when it names them as `mode` says.'),
  mode: oneOf(MATCH_MODES).default('any').meta({ description: '`any`: the event names at least one of the actors; `all`: every one.' }),
  affiliated: oneOf(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true')
    .meta({ description: '`true`: an actor also stands for every actor affiliated to it, directly or through a chain; `false`: only itself.' }),
  source: slugs('Source slugs (see /api/sources); the event is cited by at least one of them.'),
  from: queryDate('from', 'Events with at least one day on or after the first day of this date.')
    .transform((span) => span.first)
    .optional(),
  to: queryDate('to', 'Events with at least one day on or before the last day of this date.')
    .transform((span) => span.last)
    .optional(),
  q: freeText('Words in the title, summary or cited quotes, each as a prefix; case and diacritics ignored; searched as text, never as search syntax.'),
  precision: z.array(oneOf(PRECISIONS)).default([]).meta({ description: 'Only events dated at these precisions.' }),
});

export type EventFilterQuery = z.output<typeof eventFilterQuery>;

/** The filter's parameter names, for readers that take them from elsewhere (the export command's flags). */
export const FILTER_PARAMETERS = Object.keys(eventFilterQuery.shape) as (keyof typeof eventFilterQuery.shape)[];

/** The filter from its parsed parameters; throws a ParameterError when `to` is before `from`. */
export function toEventFilter(query: EventFilterQuery): EventFilter {
  const filter: EventFilter = {
    actors: query.actor,
    mode: query.mode,
    affiliated: query.affiliated,
    sources: query.source,
    from: query.from ?? null,
    to: query.to ?? null,
    q: query.q,
    precisions: query.precision,
  };
  if (filter.from !== null && filter.to !== null && filter.from > filter.to) {
    throw new ParameterError('to', `${filter.to} is before from (${filter.from})`);
  }
  return filter;
}

/** Reads the filter from query parameters (others are left alone); throws a ParameterError naming the first bad one. */
export function parseEventFilter(params: URLSearchParams): EventFilter {
  return toEventFilter(readQuery(eventFilterQuery, params));
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
