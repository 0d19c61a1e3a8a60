// Next's route handlers send bodies as they are: the API compresses its own answers when the client
// accepts it. Brotli at a middle quality (the default, 11, took seconds on a page of 500 events),
// else gzip; small bodies are not worth it.
import { promisify } from 'node:util';
import zlib from 'node:zlib';

export type Encoding = 'br' | 'gzip';

const MIN_BYTES = 1024;
const BROTLI_QUALITY = 5;
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The encoding to use for `acceptEncoding` (the request's Accept-Encoding), or null for none. */
export function chooseEncoding(acceptEncoding: string | null): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    if (name === '') continue;
    const q = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((value) => value !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (encoding: Encoding) => accepted.get(encoding) ?? (accepted.has('*') ? accepted.get('*')! : 0);
  const best = (['br', 'gzip'] as const).filter((encoding) => weight(encoding) > 0).sort((a, b) => weight(b) - weight(a))[0];
  return best ?? null;
}

/** The body encoded, or null when it is too small to gain from it. */
export async function compress(body: string, encoding: Encoding): Promise<Uint8Array<ArrayBuffer> | null> {
  const bytes = Buffer.from(body, 'utf8');
  if (bytes.length < MIN_BYTES) return null;
  const encoded =
    encoding === 'br' ? await brotli(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }) : await gzip(bytes);
  return new Uint8Array(encoded);
}
