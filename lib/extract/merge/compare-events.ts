import type { ExtractedEvent } from '../types';

/** Timeline order: start, end, then id. */
export function compareEvents(a: ExtractedEvent, b: ExtractedEvent): number {
  const key = (e: ExtractedEvent) => [e.date.start, e.date.end, e.id];
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return 0;
}
