// Anchoring recall: does the timeline show each dated sentence of the gold, at a fitting date?
import type { ExtractedEvent } from '../../extract/types';
import { extractedSpan } from '../date-span';
import { ratio } from '../ratio';
import type { DateSpan, Ratio } from '../types';
import type { AnchoringTriple } from './anchoring-triples';
import { compatibleDates, exactDates } from './date-compatibility';

export interface AnchoringScore {
  /** Triples with a calendar date (the denominator). */
  dated: AnchoringTriple[];
  /** Triples whose value is no calendar span (`PRESENT_REF`, `FY2007`), left out of the score. */
  uncalendared: AnchoringTriple[];
  /** Some event cites the triple's paragraph with a date that fits. The gated figure. */
  paragraph: Ratio;
  /** …and the citation's span overlaps one of the triple's event words. */
  eventWords: Ratio;
  /** Some event cites the paragraph with exactly the gold's days. */
  exact: Ratio;
  /** Missed triples no event cites at all. */
  uncited: AnchoringTriple[];
  /** Missed triples whose paragraph is cited, but only by events with other dates (those dates, sorted). */
  otherDate: { triple: AnchoringTriple; dates: DateSpan[] }[];
}

export function scoreAnchoring(triples: readonly AnchoringTriple[], events: readonly ExtractedEvent[]): AnchoringScore {
  const dated = triples.filter((triple) => triple.date !== null);
  const counts = { paragraph: 0, eventWords: 0, exact: 0 };
  const uncited: AnchoringTriple[] = [];
  const otherDate: AnchoringScore['otherDate'] = [];
  for (const triple of dated) {
    const gold = triple.date as DateSpan;
    const citing = citingEvents(triple, events);
    const fitting = citing.filter(({ event }) => compatibleDates(gold, extractedSpan(event)));
    if (fitting.length > 0) counts.paragraph += 1;
    if (fitting.some(({ spans }) => spans.some((span) => triple.mentions.some((mention) => overlaps(span, mention))))) counts.eventWords += 1;
    if (fitting.some(({ event }) => exactDates(gold, extractedSpan(event)))) counts.exact += 1;
    if (citing.length === 0) uncited.push(triple);
    else if (fitting.length === 0) otherDate.push({ triple, dates: distinctDates(citing.map(({ event }) => extractedSpan(event))) });
  }
  return {
    dated,
    uncalendared: triples.filter((triple) => triple.date === null),
    paragraph: ratio(counts.paragraph, dated.length),
    eventWords: ratio(counts.eventWords, dated.length),
    exact: ratio(counts.exact, dated.length),
    uncited,
    otherDate,
  };
}

/** The events citing the triple's paragraph, each with the spans of its citations there. */
function citingEvents(triple: AnchoringTriple, events: readonly ExtractedEvent[]) {
  return events.flatMap((event) => {
    const spans = event.citations.filter((citation) => citation.source === triple.source && citation.paragraph === triple.paragraph);
    return spans.length === 0 ? [] : [{ event, spans }];
  });
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function distinctDates(spans: DateSpan[]): DateSpan[] {
  const byKey = new Map(spans.map((span) => [`${span.start}..${span.end} ${span.precision}`, span]));
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, span]) => span);
}
