// Conditional requests: an answer's ETag is the stored corpus's revision together with what was
// asked (path and query), so it changes exactly when a seed changes the data, and a client holding
// it gets 304 without the server building the answer again.
import { createHash } from 'node:crypto';
import type { CorpusRevision } from '../db/queries';

export interface Validators {
  etag: string;
  lastModified: string;
}

/** Weak, because one answer is sent gzip-, brotli- or un-encoded, byte-different but the same JSON. */
export function validatorsFor(revision: CorpusRevision, url: URL): Validators {
  const hash = createHash('sha256').update(`${revision.digest}\u0000${url.pathname}\u0000${url.search}`).digest('base64url');
  return { etag: `W/"${hash.slice(0, 32)}"`, lastModified: new Date(revision.storedAt).toUTCString() };
}

/** Whether the client's copy is current (RFC 9110 §13.1): If-None-Match decides when sent, else If-Modified-Since. */
export function isNotModified(request: Request, validators: Validators): boolean {
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch !== null) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(validators.etag));
  }
  const ifModifiedSince = Date.parse(request.headers.get('if-modified-since') ?? '');
  return !Number.isNaN(ifModifiedSince) && Date.parse(validators.lastModified) <= ifModifiedSince;
}
