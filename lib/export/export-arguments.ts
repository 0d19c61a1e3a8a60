// `npm run export` arguments: the API's filter parameters as flags of the same names, read by the
// same parser as the API, so `--from 2023` selects what `?from=2023` does and errors name the flag.
import { parseArgs } from 'node:util';
import { FILTER_PARAMETERS, parseEventFilter, type EventFilter } from '../query/event-filter';
import { ParameterError } from '../query/parameter-error';
import { parseExportFormat, type ExportFormatName } from './formats';
import { configuredSiteUrl, parseSiteUrl } from './site-url';

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

/**
 * Reads the command line; throws naming the flag (`--from: …`) when one is unknown, repeated or bad.
 * Links point at `--site-url`, else at `SITE_URL` from `env`, else at where `npm start` serves.
 */
export function parseExportArguments(args: string[], env: Readonly<Record<string, string | undefined>> = process.env): ExportArguments {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      'site-url': { type: 'string' },
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
    siteUrl: values['site-url'] === undefined ? configuredSiteUrl(env) : asFlag(() => parseSiteUrl(values['site-url']!, 'site-url')),
    filter: asFlag(() => parseEventFilter(params)),
  };
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
