import type { Candidate } from './candidate';

/** The candidate reaching further; on a tie the one found first, so callers order them by preference. */
export function longer(best: Candidate | null, next: Candidate | null): Candidate | null {
  return next && (!best || next.end > best.end) ? next : best;
}
