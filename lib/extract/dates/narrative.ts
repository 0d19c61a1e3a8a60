// The year (and month) an article has made explicit so far, carried from sentence to sentence,
// together with the full dates it has stated (for later partial dates that repeat them).

import type { DateMention, KnownDates, Narrative } from './types';

/**
 * Refiners whose dates are read from the time of writing ("this year", "on Tuesday", "last April"):
 * they bring the narrative back to the present, so they anchor later partial dates too.
 */
const FROM_REFERENCE = new Set(['relative-to-reference', 'weekday-from-reference', 'named-period-from-reference']);

/** Whether a mention names one year precisely enough to anchor later "in June"s. */
export function anchorsYear(mention: DateMention): boolean {
  const { inferred, precision, start, end } = mention.date;
  if ((inferred !== null && !(FROM_REFERENCE.has(inferred.rule) && precision === 'day')) || precision === 'decade' || mention.inPassing) return false;
  return precision !== 'approximate' || start.slice(0, 4) === end.slice(0, 4);
}

/** The month too, when the mention names one: a day, week or month, or a part of a single month. */
function anchoredMonth(mention: DateMention): number | null {
  const { precision, start, end } = mention.date;
  if (['day', 'week', 'month'].includes(precision)) return Number(end.slice(5, 7));
  if (precision === 'approximate' && start.slice(0, 7) === end.slice(0, 7)) return Number(end.slice(5, 7));
  return null;
}

/**
 * The keys under which a stated mention is remembered: `MM-DD` for each day a stated day (or a
 * range of days) names, `MM` for a stated month-and-year. Inferred mentions name nothing.
 */
export function knownDateKeys(mention: DateMention): { key: string; year: number }[] {
  const { inferred, precision, start, end } = mention.date;
  if (inferred !== null) return [];
  if (precision === 'day') {
    const ends = start === end ? [start] : [start, end];
    return ends.map((iso) => ({ key: iso.slice(5, 10), year: Number(iso.slice(0, 4)) }));
  }
  if (precision === 'month' && start.slice(0, 7) === end.slice(0, 7)) return [{ key: start.slice(5, 7), year: Number(start.slice(0, 4)) }];
  return [];
}

/**
 * After a sentence is read: `previous` plus the full dates its mentions state (see
 * Narrative.knownDates). Returns `previous` itself when the sentence states none.
 */
export function rememberDates(previous: KnownDates | undefined, mentions: DateMention[], paragraph: number): KnownDates | undefined {
  // Copied once per sentence, not once per date: `previous` may be shared by earlier narratives.
  let known: KnownDates | undefined;
  for (const mention of mentions) {
    for (const { key, year } of knownDateKeys(mention)) {
      known ??= { ...previous };
      known[key] = { year, text: mention.text, paragraph };
    }
  }
  return known ?? previous;
}

/**
 * After a sentence is read: the last explicit year-bearing mention sets the narrative (a range
 * sets it to where the range ends); inferred mentions, decades and relative phrases leave it.
 * Full dates the sentence states are added to `knownDates`, which is carried along.
 */
export function advanceNarrative(previous: Narrative | null, mentions: DateMention[], paragraph: number, heading = false): Narrative | null {
  const knownDates = rememberDates(previous?.knownDates, mentions, paragraph);
  const anchor = mentions.filter(anchorsYear).at(-1);
  if (!anchor) return previous && knownDates !== previous.knownDates ? { ...previous, knownDates } : previous;
  const next: Narrative = { year: Number(anchor.date.end.slice(0, 4)), month: anchoredMonth(anchor), text: anchor.text, paragraph };
  if (heading) next.heading = true;
  if (knownDates) next.knownDates = knownDates;
  return next;
}
