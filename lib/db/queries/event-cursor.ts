// Keyset pagination: a cursor is the sort key (start, end, id) of the last event of a page, opaque
// to clients (base64url JSON) so they pass it back rather than build one.
import { ParameterError } from '../../query/parameter-error';

export interface EventKey {
  start: string;
  end: string;
  id: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_CURSOR_LENGTH = 500;

export function encodeCursor(key: EventKey): string {
  return Buffer.from(JSON.stringify([key.start, key.end, key.id])).toString('base64url');
}

/** The key a cursor stands for; throws ParameterError('cursor') for anything this API did not issue. */
export function decodeCursor(cursor: string): EventKey {
  const invalid = new ParameterError('cursor', 'is not a cursor returned by this API (pass nextCursor back unchanged)');
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (!Array.isArray(value) || value.length !== 3 || !value.every((part) => typeof part === 'string')) throw invalid;
  const [start, end, id] = value as string[];
  if (!ISO_DAY.test(start) || !ISO_DAY.test(end) || id === '') throw invalid;
  return { start, end, id };
}
