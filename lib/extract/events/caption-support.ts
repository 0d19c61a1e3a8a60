import { findDates } from '../dates';
import { fromIso, weekday } from '../dates/calendar';
import { WEEKDAYS } from '../lexicon/en/dates';
import { compareCitations } from '../merge/compare-citations';
import { CREDIT_PARENTHESIS } from '../paragraphs/paragraph-patterns';
import type { Citation, ExtractedEvent, ExtractedParagraph, IsoDate } from '../types';
import { sortedUnion as union } from '../merge/sorted-union';

export interface CaptionDay {
  day: IsoDate;
  paragraph: number;
  /** The caption as a citation: what a photo shows, in its own words. */
  citation: Citation;
  /** Who the caption names as acting (places left out): read only when the caption supports an event. */
  actors: () => string[];
}

/**
 * Every day a photo caption states in full (month, day and year), read once per article, with the
 * actors `actorsOf` finds in the caption (its photo credit left out).
 */
export function captionDays(paragraphs: ExtractedParagraph[], source: string, actorsOf: (caption: string) => string[]): CaptionDay[] {
  return paragraphs
    .filter((p) => p.kind === 'caption')
    .flatMap((p) =>
      findDates(p.text, { referenceDate: '1970-01-01', referenceLabel: 'caption', narrative: null, previousEvent: null, paragraph: p.number })
        .filter(({ date }) => date.inferred === null && date.precision === 'day' && date.start === date.end)
        .map(({ date, text }) => {
          const citation = captionCitation(source, p, text);
          let actors: string[] | null = null;
          return { day: date.start, paragraph: p.number, citation, actors: () => (actors ??= actorsOf(citation.quote)) };
        }),
    );
}

/**
 * A body event dated by inference that a photo caption dates in full is dated by the caption:
 * the same day confirms it; a weekday ("on Saturday") whose span holds a caption date falling on
 * that weekday is narrowed to that day. Captions never date events alone. A caption of that day
 * that names one of the event's actors depicts it: it is cited, and the others it names take part
 * (the annotation guidelines' §5).
 */
export function captionSupport(event: ExtractedEvent, captions: CaptionDay[]): ExtractedEvent {
  const { date } = event;
  if (!date.inferred) return event;
  const named = Object.entries(WEEKDAYS).find(([name]) => name.toLowerCase() === date.text.toLowerCase())?.[1];
  for (const caption of captions) {
    const { day, paragraph } = caption;
    const rule = `date:caption-support(¶${paragraph})`;
    if (date.precision === 'day' && day === date.start) return depicted({ ...event, rules: [...event.rules, rule] }, caption);
    if (named !== undefined && day >= date.start && day <= date.end && weekday(fromIso(day)) === named) {
      const anchor = `photo caption dated ${day} (¶${paragraph})`;
      return depicted(
        { ...event, date: { ...date, start: day, end: day, precision: 'day', inferred: { rule: 'caption-date', anchor } }, rules: [...event.rules, rule] },
        caption,
      );
    }
  }
  return event;
}

function depicted(event: ExtractedEvent, caption: CaptionDay): ExtractedEvent {
  const actors = caption.actors();
  if (!actors.some((slug) => event.actors.includes(slug))) return event;
  return {
    ...event,
    actors: union(event.actors, actors),
    clauseActors: union(event.clauseActors ?? event.actors, actors),
    citations: [...event.citations, caption.citation].sort(compareCitations),
    rules: [...event.rules, `actors:caption(¶${caption.paragraph})`],
  };
}

/** The caption's text, without the photo credit in brackets after it. */
function captionCitation(source: string, paragraph: ExtractedParagraph, dateText: string): Citation {
  const credit = paragraph.text.search(CREDIT_PARENTHESIS);
  const end = (credit > 0 ? paragraph.text.slice(0, credit) : paragraph.text).trimEnd().length;
  const start = paragraph.text.length - paragraph.text.trimStart().length;
  return { source, paragraph: paragraph.number, quote: paragraph.text.slice(start, end), start, end, stance: 'stated', claimant: null, stanceCue: null, role: 'report', roleBasis: null, dateText, figures: [] };
}
