// API answers are compressed when the client accepts it. Next's route handlers send bodies as they
// are and drop a Content-Encoding header a handler sets, so the header comes from next.config.js
// (a `headers()` rule per encoding, on the request's Accept-Encoding), and the handler encodes
// exactly when that rule applies: both read the patterns in accepted-encodings.json, which Next
// matches as whole-value regular expressions. Brotli is preferred, at a middle quality (the
// default, 11, took seconds on a page of 500 events); then gzip; else the body goes as it is.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import acceptedEncodings from './accepted-encodings.json';

export type Encoding = keyof typeof acceptedEncodings;

const BROTLI_QUALITY = 5;
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The encoding for a request's Accept-Encoding, or null for none; the first of accepted-encodings.json that it accepts. */
export function chooseEncoding(acceptEncoding: string | null): Encoding | null {
  if (acceptEncoding === null) return null;
  const encodings = Object.entries(acceptedEncodings) as [Encoding, string][];
  return encodings.find(([, pattern]) => new RegExp(`^${pattern}$`).test(acceptEncoding))?.[0] ?? null;
}

/** The body encoded. */
export async function compress(body: string, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = Buffer.from(body, 'utf8');
  const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
  return new Uint8Array(encoding === 'br' ? await brotli(bytes, { params }) : await gzip(bytes));
}
