import { localMidnight } from '@/lib/view-state/iso-day';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The range showing every matching event, with room on both sides so edge labels stay readable. */
export function fitRange(span: { start: string; end: string } | null): { start: Date; end: Date } {
  if (span === null) {
    const now = new Date();
    return { start: new Date(now.getFullYear() - 1, 0, 1), end: new Date(now.getFullYear() + 1, 0, 1) };
  }
  const first = localMidnight(span.start).getTime();
  const last = localMidnight(span.end, 1).getTime();
  const pad = Math.max((last - first) * 0.08, 30 * DAY_MS);
  return { start: new Date(first - pad), end: new Date(last + pad) };
}
