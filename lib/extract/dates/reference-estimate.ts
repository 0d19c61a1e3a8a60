// When an article carries no publication date, estimate one from its own text: the latest date it
// states, or what "two months ago in August 2023" implies (October 2023). Deterministic.

import type { IsoDate } from '../types';
import { compareIso, fromIso } from './calendar';
import { defaultConfiguration, type Configuration } from './configuration';
import { refineDates } from './find-dates';
import { endOf, type ParsedResult } from './parsing';
import { periodOf, shift } from './refiners/periods';
import { toMention } from './resolve';
import type { DateContext, DateMention } from './types';

export interface ReferenceEstimate {
  date: IsoDate;
  basis: string;
  /**
   * How precisely the text fixes it. The latest date it states is only a lower bound, known to the
   * year at best; "two months ago in August 2023" fixes the month, and so does a latest date that
   * falls inside the month such a phrase implies.
   */
  precision: 'day' | 'month' | 'year';
}

/**
 * Only the refiners that need no reference date: the estimate must rest on what the text states.
 * explicit-over-relative is left out so that "two months ago in August 2023" keeps both halves.
 */
const STATED_ONLY: Configuration = {
  parsers: defaultConfiguration.parsers,
  refiners: defaultConfiguration.refiners.filter((refiner) => ['not-a-quantity', 'remove-overlap', 'merge-range'].includes(refiner.name)),
};

/** Unused by the stated-only refiners, which never consult the context. */
const NO_CONTEXT: DateContext = { referenceDate: '2000-01-01', referenceLabel: 'none', narrative: null, previousEvent: null, paragraph: 0 };

/** Between "ago" and the date it restates: "two months ago in August 2023", "39 years ago, in 1984". */
const RESTATING_GAP = /^\s*,?\s*(?:in|on|during|around)?\s*$/;

interface Candidate extends ReferenceEstimate {
  /** For an "ago" estimate: the whole period it implies. */
  period?: { start: IsoDate; end: IsoDate };
}

function statedMention(result: ParsedResult): DateMention | null {
  const mention = toMention(result);
  return mention && mention.date.inferred === null ? mention : null;
}

/** "N units ago <stated date>": the stated date moved forward N units is when the text was written. */
function impliedByAgo(ago: ParsedResult, next: ParsedResult | undefined, text: string, paragraph: number): Candidate | null {
  const { shape } = ago.start;
  if (shape.kind !== 'relative' || shape.relative.anchor !== 'reference' || shape.relative.count.vague || shape.relative.stretch) return null;
  if (!next || !RESTATING_GAP.test(text.slice(endOf(ago), next.index))) return null;
  const stated = statedMention(next);
  if (!stated) return null;
  const { unit, count } = shape.relative;
  const written = periodOf(shift(fromIso(stated.date.start), unit, count.min), unit);
  const quote = text.slice(ago.index, endOf(next));
  const precision = written.precision === 'year' ? 'year' : 'month';
  const basis = `“${quote}” (¶${paragraph}) implies ${written.start.slice(0, precision === 'year' ? 4 : 7)}`;
  return { date: written.start, basis, precision, period: { start: written.start, end: written.end } };
}

function latest(candidates: Candidate[]): Candidate | null {
  return candidates.reduce<Candidate | null>((best, candidate) => (best && compareIso(best.date, candidate.date) >= 0 ? best : candidate), null);
}

export function estimateReferenceDate(paragraphs: string[]): ReferenceEstimate | null {
  const days: Candidate[] = [];
  const periods: Candidate[] = [];
  paragraphs.forEach((text, position) => {
    const paragraph = position + 1;
    const results = refineDates(text, NO_CONTEXT, STATED_ONLY);
    results.forEach((result, index) => {
      const implied = impliedByAgo(result, results[index + 1], text, paragraph);
      if (implied) days.push(implied);
      const stated = statedMention(result);
      if (!stated || stated.date.precision === 'decade' || stated.date.precision === 'approximate') return;
      const basis = `latest date stated in the text: “${stated.text}” (¶${paragraph})`;
      if (stated.date.precision === 'day') days.push({ date: stated.date.end, basis, precision: 'year' });
      else periods.push({ date: stated.date.end, basis: `${basis}, taken at its end`, precision: 'year' });
    });
  });
  // A full date or an "ago" pinned to one beats the end of a month or year the text names.
  const best = latest(days) ?? latest(periods);
  if (!best) return null;
  // A latest date inside the period an "ago" implies agrees with it: the text was written then.
  const agreeing = best.period ? null : days.find(({ period }) => period && period.start <= best.date && best.date <= period.end);
  if (agreeing) return { date: best.date, basis: `${best.basis}, within what ${agreeing.basis}`, precision: agreeing.precision };
  return { date: best.date, basis: best.basis, precision: best.precision };
}

