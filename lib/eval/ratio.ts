import type { Ratio } from './types';

/** An empty denominator counts as full marks: there was nothing to get wrong. */
export function ratio(hits: number, total: number): Ratio {
  return { hits, total, share: total === 0 ? 1 : hits / total };
}
