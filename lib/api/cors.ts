// Which web pages may read the API from another origin. The API is read-only and public, so any
// origin by default; API_CORS_ORIGINS narrows it to a comma-separated list of origins, or `none`.
const VARIABLE = 'API_CORS_ORIGINS';

/** The CORS headers for a request from `origin` (the request's Origin header, null when absent). */
export function corsHeaders(origin: string | null, setting = process.env[VARIABLE]): Record<string, string> {
  const allowed = (setting ?? '*').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const expose = { 'Access-Control-Expose-Headers': 'ETag, Content-Disposition' };
  if (allowed.includes('*')) return { 'Access-Control-Allow-Origin': '*', ...expose };
  // A listed origin is echoed back, so answers differ by Origin and caches must keep them apart.
  const vary = { Vary: 'Origin' };
  if (origin === null || !allowed.includes(origin)) return vary;
  return { 'Access-Control-Allow-Origin': origin, ...expose, ...vary };
}

/** What a preflight (OPTIONS with Access-Control-Request-Method) may be told beyond corsHeaders. */
export const PREFLIGHT_HEADERS = {
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
  'Access-Control-Max-Age': '86400',
};
