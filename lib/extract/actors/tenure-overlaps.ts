import type { ActorRole } from './types';

export interface DateSpan {
  start: string;
  /** Inclusive. */
  end: string;
}

/** Whether the role was held at some point of the span. Partial dates cover their whole year or month. */
export function tenureOverlaps(role: Pick<ActorRole, 'from' | 'to'>, span: DateSpan): boolean {
  // A partial `from` sorts before every day it covers ("2021-08" < "2021-08-01"), so it needs no padding.
  const startsInTime = role.from === null || role.from <= span.end;
  return startsInTime && (role.to === null || lastDayBound(role.to) >= span.start);
}

/** "2024" → "2024-12-31", "2024-05" → "2024-05-31": compared as strings, day 31 bounds every month. */
function lastDayBound(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}
