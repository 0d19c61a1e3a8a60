// What parsers hand to refiners: components the text STATED (known) kept apart from those a
// refiner IMPLIED, as chrono-node does, so the final date can say what was inferred and why.

import type { Inference, IsoDate, Precision } from '../types';
import type { DateContext } from './types';
import type { Part, Unit } from '../lexicon/en/dates';

export type Field = 'year' | 'month' | 'day';

export interface Components {
  /** Parts the text stated. */
  known: Partial<Record<Field, number>>;
  /** Parts a refiner completed from context. */
  implied: Partial<Record<Field, number>>;
}

/** A count as written: exact ("two") or vague ("a few" → 2..5). */
export interface Count {
  min: number;
  max: number;
  vague: boolean;
}

/** A date stated relative to the reference date or the previously reported event. */
export interface Relative {
  anchor: 'reference' | 'previous-event';
  count: Count;
  unit: Unit;
  /** -1 back in time ("ago", "earlier", "last"), 0 the current period ("this"), 1 forward. */
  direction: -1 | 0 | 1;
  /** "in recent months": the whole stretch up to the anchor, not one period. */
  stretch: boolean;
}

/** How components widen into a span. */
export type Shape =
  | { kind: 'calendar' }
  | { kind: 'weekday'; weekday: number }
  | { kind: 'decade'; part: Part | null }
  | { kind: 'part-of-year'; part: Part }
  | { kind: 'season'; firstMonth: number }
  | { kind: 'week-of-month'; week: number | 'last' }
  | { kind: 'part-of-month'; part: Part }
  | { kind: 'relative'; relative: Relative }
  /** A moving holiday: the first `weekday` on or after day `fromDay` of the month the components give. */
  | { kind: 'holiday'; weekday: number; fromDay: number }
  /** "last April", "this summer", "June last year", "February 8 this year": a month, day or season placed from the reference date (see refiners/named-period). */
  | { kind: 'named-period'; month: number; day: number | null; season: boolean; which: 'last' | 'past' | 'this' | 'next'; yearOffset: number | null }
  | { kind: 'span'; start: IsoDate; end: IsoDate; precision: Precision };

/** One side of a date: a single date has only a start piece, a range has both. */
export interface Piece {
  components: Components;
  shape: Shape;
}

export interface ParsedResult {
  index: number;
  text: string;
  start: Piece;
  end: Piece | null;
  inferred: Inference | null;
  /** Parser name, then each refiner that changed the result. */
  rules: string[];
  /** Position of the parser in the configuration: earlier wins ties between equal-length overlaps. */
  priority: number;
  /** A year named in passing (see DateMention.inPassing). */
  inPassing?: boolean;
  /** The offset a date counted from the previous event was counted by ("days before"), to count it again if that event is re-dated. */
  counted?: Relative;
}

export interface Parser {
  name: string;
  /** Global regex built from ./patterns; capture groups are named. */
  pattern: RegExp;
  /**
   * Cheap tests every match of `pattern` implies (a month word, a digit…): when one fails on a text,
   * the parser is skipped there. Most sentences hold no date, and these tests cost far less than
   * the patterns' lookbehinds tried at every position.
   */
  cues: RegExp[];
  /** Returns the date the match states, or null when it turns out not to be one. */
  extract(groups: Record<string, string | undefined>): Piece | { start: Piece; end: Piece } | null;
}

/** Changes, completes or drops parsed results; never adds one (so a text with none skips the refiners). */
export interface Refiner {
  name: string;
  refine(results: ParsedResult[], text: string, context: DateContext): ParsedResult[];
}

/** A piece whose parts were all stated by the text. */
export function piece(known: Partial<Record<Field, number>>, shape: Shape = { kind: 'calendar' }): Piece {
  return { components: { known, implied: {} }, shape };
}

export function get(components: Components, field: Field): number | undefined {
  return components.known[field] ?? components.implied[field];
}

/** Marks a result as changed by a refiner, once. */
export function touch(result: ParsedResult, refiner: string): void {
  if (!result.rules.includes(refiner)) result.rules.push(refiner);
}

export function endOf(result: ParsedResult): number {
  return result.index + result.text.length;
}
