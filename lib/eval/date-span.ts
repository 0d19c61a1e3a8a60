import type { ExtractedEvent } from '../extract/types';
import type { DateSpan, GoldEvent } from './types';

export function goldSpan(event: GoldEvent): DateSpan {
  return { start: event.start, end: event.end, precision: event.precision };
}

export function extractedSpan(event: ExtractedEvent): DateSpan {
  return { start: event.date.start, end: event.date.end, precision: event.date.precision };
}

export function sameSpan(a: DateSpan, b: DateSpan): boolean {
  return a.start === b.start && a.end === b.end && a.precision === b.precision;
}

/** Days between the starts plus days between the ends: how far apart two spans are, for tie-breaking. */
export function spanDistance(a: DateSpan, b: DateSpan): number {
  return Math.abs(dayNumber(a.start) - dayNumber(b.start)) + Math.abs(dayNumber(a.end) - dayNumber(b.end));
}

/** Days since 1970-01-01 for an ISO date; NaN-free for the dates the schema admits. */
export function dayNumber(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export function formatSpan(span: DateSpan): string {
  const range = span.start === span.end ? span.start : `${span.start}..${span.end}`;
  return `${range} (${span.precision})`;
}
