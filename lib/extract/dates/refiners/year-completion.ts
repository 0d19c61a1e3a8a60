// Shared by narrative-year and reference-year: which pieces lack a year, and filling it in.

import type { Inference } from '../../types';
import { compareIso, daysInMonth, toIso } from '../calendar';
import { get, touch, type ParsedResult, type Piece } from '../parsing';
import { impliedSide } from '../tense';

const YEAR_BEARING_SHAPES = new Set(['calendar', 'part-of-month', 'week-of-month', 'season', 'holiday']);

export function needsYear(piece: Piece): boolean {
  return YEAR_BEARING_SHAPES.has(piece.shape.kind) && get(piece.components, 'year') === undefined;
}

function withYear(piece: Piece, year: number): Piece {
  return { ...piece, components: { ...piece.components, implied: { ...piece.components.implied, year } } };
}

/** Gives the start `year`; an end without a year follows it, into the next year if its month is earlier. */
export function completeYear(result: ParsedResult, year: number, inference: Inference, refiner: string): ParsedResult {
  const completed: ParsedResult = { ...result, rules: [...result.rules], inferred: result.inferred ?? inference };
  if (needsYear(result.start)) completed.start = withYear(result.start, year);
  if (result.end && needsYear(result.end)) {
    const startMonth = get(completed.start.components, 'month') ?? 1;
    const endMonth = get(result.end.components, 'month') ?? startMonth;
    completed.end = withYear(result.end, endMonth < startMonth ? year + 1 : year);
  }
  touch(completed, refiner);
  return completed;
}

export function lacksYear(result: ParsedResult): boolean {
  return needsYear(result.start) || (result.end !== null && needsYear(result.end));
}

/** Month and day the piece starts on, to compare with the reference date within a year. */
export function earliestMonthDay(piece: Piece): [number, number] {
  const { shape, components } = piece;
  if (shape.kind === 'season') return [shape.firstMonth, 1];
  if (shape.kind === 'holiday') return [get(components, 'month') ?? 1, shape.fromDay];
  return [get(components, 'month') ?? 1, shape.kind === 'calendar' ? (get(components, 'day') ?? 1) : 1];
}

/** Whether giving the result `year` would put its start after the reference date. */
export function afterReference(result: ParsedResult, year: number, referenceDate: string): boolean {
  const [month, day] = earliestMonthDay(result.start);
  return compareIso(toIso({ year, month, day }), referenceDate) > 0;
}

/**
 * Whether a date its clause puts in the future ("will join NATO on March 12", see ../tense) would
 * land before the reference date with `year`: a year stated for the past cannot be its year.
 */
export function futureBeforeReference(result: ParsedResult, year: number, text: string, referenceDate: string): boolean {
  const [month, day] = earliestMonthDay(result.start);
  const lastDay = result.start.shape.kind === 'calendar' && get(result.start.components, 'day') !== undefined ? day : daysInMonth(year, month);
  if (compareIso(toIso({ year, month, day: lastDay }), referenceDate) >= 0) return false;
  return impliedSide(text, result.index) === 1;
}
