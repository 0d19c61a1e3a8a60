import type { Citation } from '../types';

/** Citation order: source slug, then paragraph, then offset. */
export function compareCitations(a: Citation, b: Citation): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.paragraph - b.paragraph || a.start - b.start || a.end - b.end;
}
