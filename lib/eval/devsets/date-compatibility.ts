import type { DateSpan } from '../types';

/**
 * A system date fits a gold date when one span contains the other: "June 2008" for a gold
 * 2008-06-09 (less precise, still right) and 2008-06-09 for a gold "2008" (more precise than the
 * timex, but possibly taken from elsewhere in the text) both fit; disjoint or overlapping spans do not.
 */
export function compatibleDates(gold: DateSpan, system: DateSpan): boolean {
  return contains(gold, system) || contains(system, gold);
}

/** The same days: the date is as precise as the gold's. Precision labels are not compared (TimeML quarters have none). */
export function exactDates(gold: DateSpan, system: DateSpan): boolean {
  return gold.start === system.start && gold.end === system.end;
}

function contains(outer: DateSpan, inner: DateSpan): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
