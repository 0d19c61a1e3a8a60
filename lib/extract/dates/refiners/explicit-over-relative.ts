// "around two months ago in August 2023", "four days before … on October 3": when the same clause
// goes on to state the date, the stated date wins and the relative phrase is dropped.
// One exception, counted from the previous event: "Just three years later, in the early 1990s"
// after 1987 is 1990. When the relative phrase resolves to a span inside the stated one and more
// precise than it, it says more than the stated date does: the relative phrase is kept and the
// stated date dropped. A stated date the relative phrase contradicts (or that still lacks its
// year) wins as before, unless the phrase is counted from the reference date: "this year … in
// 1988" then names two times, and both stay.

import { compareIso, fromIso } from '../calendar';
import { endOf, touch, type ParsedResult, type Refiner, type Relative } from '../parsing';
import { toMention } from '../resolve';
import type { DateContext } from '../types';
import { isCoarser } from './periods';
import { resolve } from './relative-to-previous-event';
import { resolveAgainst } from './relative-to-reference';
import { referencePrecisionOf } from './reference-anchor';

/** How far ahead, in characters, the stated date may follow within the clause. */
const MAX_GAP = 80;
const CLAUSE_END = /[.;!?]/;

/** A year or month the text wrote out, as opposed to a weekday or another relative phrase. */
function statesCalendarPart(result: ParsedResult): boolean {
  const { known } = result.start.components;
  return known.year !== undefined || known.month !== undefined;
}

/** Whether the relative phrase, counted from the previous event, is consistent with and finer than the stated date. */
function relativeIsFiner(relative: ParsedResult, stated: ParsedResult, context: DateContext): boolean {
  const { shape } = relative.start;
  if (shape.kind !== 'relative' || shape.relative.anchor !== 'previous-event' || !context.previousEvent) return false;
  const explicit = toMention(stated)?.date;
  if (!explicit) return false;
  const resolved = resolve(shape.relative, context.previousEvent.date);
  const inside = compareIso(explicit.start, resolved.start) <= 0 && compareIso(resolved.end, explicit.end) <= 0;
  const narrower = resolved.start !== explicit.start || resolved.end !== explicit.end;
  return inside && narrower && !isCoarser(resolved.precision, explicit.precision);
}

/** More words than a restatement puts between the two ("two months ago, in August 2023"). */
const RESTATEMENT_WORDS = 3;
/** Between the two ends of a stretch ("this year through August", "from today until Nov. 17"): no restatement. */
const STRETCH_LINK = /^\s*(?:through|until|till|to|and)\s*$/;

/** "today", "yesterday", "tomorrow": a single day the writer cannot have miscounted. */
function isDeicticDay({ relative }: { relative: Relative }): boolean {
  return relative.unit === 'day' && relative.count.min === 1 && relative.count.max === 1 && !relative.stretch;
}

/**
 * Whether a phrase counted from the reference date names another time than the stated date that
 * follows further on: "net income this year has risen over comparable periods in 1988" states two
 * times, where "two months ago in August 2023" states one (wrongly counted).
 */
function namesAnotherTime(relative: ParsedResult, stated: ParsedResult, gap: string, context: DateContext): boolean {
  const { shape } = relative.start;
  if (shape.kind !== 'relative' || shape.relative.anchor !== 'reference') return false;
  if (!isDeicticDay(shape) && gap.trim().split(/\s+/).length <= RESTATEMENT_WORDS) return false;
  const explicit = toMention(stated)?.date;
  const resolved = resolveAgainst(shape.relative, fromIso(context.referenceDate), referencePrecisionOf(context));
  // "announced today an event to be held on October 12": a day of another month or day, year or no year.
  if (!explicit) return isDeicticDay(shape) && otherMonthDay(stated, resolved.start);
  return compareIso(explicit.end, resolved.start) < 0 || compareIso(resolved.end, explicit.start) < 0;
}

/** "last year, in July": the stated month lacks the year the phrase names, so both stay and the sentence year joins them. */
function givesItsYear(relative: ParsedResult, stated: ParsedResult): boolean {
  const { shape } = relative.start;
  return shape.kind === 'relative' && shape.relative.anchor === 'reference' && shape.relative.unit === 'year' && stated.start.components.known.year === undefined;
}

/** Whether the stated month (and day, if stated) differs from the given day's. */
function otherMonthDay(stated: ParsedResult, day: string): boolean {
  const { month, day: dayOfMonth } = stated.start.components.known;
  const { month: otherMonth, day: otherDay } = fromIso(day);
  return month !== undefined && (month !== otherMonth || (dayOfMonth !== undefined && dayOfMonth !== otherDay));
}

export const explicitOverRelative: Refiner = {
  name: 'explicit-over-relative',
  refine(results, text, context) {
    const dropped = new Set<ParsedResult>();
    const kept = new Map<ParsedResult, ParsedResult>();
    results.forEach((result, position) => {
      if (result.start.shape.kind !== 'relative' || result.end !== null) return;
      const next = results[position + 1];
      if (!next || !statesCalendarPart(next)) return;
      const gap = text.slice(endOf(result), next.index);
      if (gap.length > MAX_GAP || CLAUSE_END.test(gap) || STRETCH_LINK.test(gap) || namesAnotherTime(result, next, gap, context) || givesItsYear(result, next)) return;
      if (relativeIsFiner(result, next, context)) {
        const relative = { ...result, rules: [...result.rules] };
        touch(relative, 'explicit-over-relative');
        kept.set(result, relative);
        dropped.add(next);
      } else {
        dropped.add(result);
      }
    });
    return results.filter((result) => !dropped.has(result)).map((result) => kept.get(result) ?? result);
  },
};
