// `npm run export` arguments: the API's filter parameters as flags of the same names, read by the
// same parser as the API, so `--from 2023` selects what `?from=2023` does and errors name the flag.
import { parseArgs } from 'node:util';
import { FILTER_PARAMETERS, parseEventFilter, type EventFilter } from '../query/event-filter';
import { ParameterError } from '../query/parameter-error';
import { parseExportFormat, type ExportFormatName } from './formats';

export interface ExportArguments {
  format: ExportFormatName;
  /** File to write, or null for standard output. */
  out: string | null;
  /** Origin the app is served from, for the links to cited paragraphs. */
  siteUrl: string;
  filter: EventFilter;
}

// All repeatable here, so that a flag given twice reaches the filter parser, which refuses it for
// single-valued parameters rather than silently keeping the last.
const FILTER_OPTION = { type: 'string', multiple: true } as const;

/** Where `npm start` serves the app. */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

/** Reads the command line; throws naming the flag (`--from: …`) when one is unknown, repeated or bad. */
export function parseExportArguments(args: string[]): ExportArguments {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      'site-url': { type: 'string', default: DEFAULT_SITE_URL },
      actor: FILTER_OPTION,
      mode: FILTER_OPTION,
      affiliated: FILTER_OPTION,
      source: FILTER_OPTION,
      from: FILTER_OPTION,
      to: FILTER_OPTION,
      q: FILTER_OPTION,
      precision: FILTER_OPTION,
    },
  });
  const params = new URLSearchParams();
  for (const flag of FILTER_PARAMETERS) {
    for (const value of values[flag] ?? []) params.append(flag, value);
  }
  return {
    format: asFlag(() => parseExportFormat(values.format)),
    out: values.out ?? null,
    siteUrl: asFlag(() => parseSiteUrl(values['site-url'])),
    filter: asFlag(() => parseEventFilter(params)),
  };
}

function parseSiteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ParameterError('site-url', `${JSON.stringify(value)} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ParameterError('site-url', 'must be an http or https URL');
  if (url.search !== '' || url.hash !== '') throw new ParameterError('site-url', 'must have no query or fragment');
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** A query parameter's error, reworded for the flag of the same name. */
function asFlag<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ParameterError) throw new ParameterError(`--${error.parameter}`, error.reason);
    throw error;
  }
}
