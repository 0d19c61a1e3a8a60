// Where exported links to cited paragraphs point: a configured public address, never the host a
// request came in on (behind a proxy that is `localhost`, wrong for every reader of the file).
import { ParameterError } from '../query/parameter-error';

/** Where `npm start` serves the app, when nothing else is configured. */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

/** The public base URL from `SITE_URL`, else the default; throws naming SITE_URL when it is no http(s) URL. */
export function configuredSiteUrl(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const value = env.SITE_URL;
  if (value === undefined || value === '') return DEFAULT_SITE_URL;
  try {
    return parseSiteUrl(value, 'SITE_URL');
  } catch (error) {
    if (error instanceof ParameterError) throw new Error(`SITE_URL ${error.reason}`);
    throw error;
  }
}

/** An http(s) base URL without query, fragment or trailing slash; throws a ParameterError naming `parameter`. */
export function parseSiteUrl(value: string, parameter: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ParameterError(parameter, `${JSON.stringify(value)} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ParameterError(parameter, 'must be an http or https URL');
  if (url.search !== '' || url.hash !== '') throw new ParameterError(parameter, 'must have no query or fragment');
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
