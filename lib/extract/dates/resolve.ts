// Widens each completed piece into inclusive ISO bounds and builds the mention. A result still
// missing a part it needs (no year found, no previous event) is dropped rather than guessed.

import type { ResolvedDate } from '../types';
import { compareIso, daysInMonth, isValidDay, monthSpan, toIso, weekday } from './calendar';
import { get, type ParsedResult, type Piece } from './parsing';
import { coarser, type Span } from './refiners/periods';
import type { DateMention } from './types';
import { DECADE_PARTS, MONTH_PARTS, YEAR_PARTS } from './words';

function yearSpan(from: number, to: number): { start: string; end: string } {
  return { start: toIso({ year: from, month: 1, day: 1 }), end: toIso({ year: to, month: 12, day: 31 }) };
}

function monthsSpan(year: number, fromMonth: number, months: number): { start: string; end: string } {
  const lastIndex = year * 12 + fromMonth - 1 + months - 1;
  return { start: monthSpan(year, fromMonth).start, end: monthSpan(Math.floor(lastIndex / 12), (lastIndex % 12) + 1).end };
}

function daysSpan(year: number, month: number, from: number, to: number): { start: string; end: string } {
  const last = Math.min(to, daysInMonth(year, month));
  return { start: toIso({ year, month, day: from }), end: toIso({ year, month, day: last }) };
}

function pieceSpan({ shape, components }: Piece): Span | null {
  if (shape.kind === 'span') return shape;
  const year = get(components, 'year');
  const month = get(components, 'month');
  const day = get(components, 'day');
  if (year === undefined || shape.kind === 'relative' || shape.kind === 'weekday' || shape.kind === 'named-period') return null;
  switch (shape.kind) {
    case 'calendar':
      if (month === undefined) return { ...yearSpan(year, year), precision: 'year' };
      if (day === undefined) return { ...monthSpan(year, month), precision: 'month' };
      if (!isValidDay(year, month, day)) return null;
      return { start: toIso({ year, month, day }), end: toIso({ year, month, day }), precision: 'day' };
    case 'decade': {
      if (shape.part === null) return { ...yearSpan(year, year + 9), precision: 'decade' };
      const { from, to } = DECADE_PARTS[shape.part];
      return { ...yearSpan(year + from, year + to), precision: 'approximate' };
    }
    case 'part-of-year': {
      const { from, to } = YEAR_PARTS[shape.part];
      return { ...monthsSpan(year, from, to - from + 1), precision: 'approximate' };
    }
    case 'holiday': {
      if (month === undefined) return null;
      const first = toIso({ year, month, day: shape.fromDay + ((shape.weekday - weekday({ year, month, day: shape.fromDay }) + 7) % 7) });
      return { start: first, end: first, precision: 'day' };
    }
    case 'season':
      return { ...monthsSpan(year, shape.firstMonth, 3), precision: 'season' };
    case 'week-of-month': {
      if (month === undefined) return null;
      const last = daysInMonth(year, month);
      const first = shape.week === 'last' ? last - 6 : 7 * (shape.week - 1) + 1;
      return { ...daysSpan(year, month, first, first + 6), precision: 'week' };
    }
    case 'part-of-month': {
      if (month === undefined) return null;
      const { from, to } = MONTH_PARTS[shape.part];
      return { ...daysSpan(year, month, from, to), precision: 'approximate' };
    }
  }
}

export function toMention(result: ParsedResult): DateMention | null {
  const start = pieceSpan(result.start);
  const end = result.end ? pieceSpan(result.end) : start;
  if (!start || !end || compareIso(start.start, end.end) > 0) return null;
  const date: ResolvedDate = {
    start: start.start,
    end: end.end,
    precision: coarser(start.precision, end.precision),
    text: result.text,
    inferred: result.inferred,
  };
  const mention: DateMention = { index: result.index, end: result.index + result.text.length, text: result.text, date, rules: result.rules };
  if (result.counted) mention.counted = result.counted;
  if (result.inPassing) mention.inPassing = true;
  return mention;
}
