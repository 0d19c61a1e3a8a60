import type { ResolvedDate } from '../types';

/** Two dates are compatible when their spans share a day: "2006" holds "summer 2006". */
export function datesOverlap(a: ResolvedDate, b: ResolvedDate): boolean {
  return a.start <= b.end && b.start <= a.end;
}
