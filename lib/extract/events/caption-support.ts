import { findDates } from '../dates';
import { fromIso, weekday } from '../dates/calendar';
import { WEEKDAYS } from '../lexicon/en/dates';
import type { ExtractedEvent, ExtractedParagraph, IsoDate } from '../types';

export interface CaptionDay {
  day: IsoDate;
  paragraph: number;
}

/** Every day a photo caption states in full (month, day and year), read once per article. */
export function captionDays(paragraphs: ExtractedParagraph[]): CaptionDay[] {
  return paragraphs
    .filter((p) => p.kind === 'caption')
    .flatMap((p) =>
      findDates(p.text, { referenceDate: '1970-01-01', referenceLabel: 'caption', narrative: null, previousEvent: null, paragraph: p.number })
        .filter(({ date }) => date.inferred === null && date.precision === 'day' && date.start === date.end)
        .map(({ date }) => ({ day: date.start, paragraph: p.number })),
    );
}

/**
 * A body event dated by inference that a photo caption dates in full is dated by the caption:
 * the same day confirms it; a weekday ("on Saturday") whose span holds a caption date falling on
 * that weekday is narrowed to that day. Captions never date events alone.
 */
export function captionSupport(event: ExtractedEvent, captions: CaptionDay[]): ExtractedEvent {
  const { date } = event;
  if (!date.inferred) return event;
  const named = Object.entries(WEEKDAYS).find(([name]) => name.toLowerCase() === date.text.toLowerCase())?.[1];
  for (const { day, paragraph } of captions) {
    const rule = `date:caption-support(¶${paragraph})`;
    if (date.precision === 'day' && day === date.start) return { ...event, rules: [...event.rules, rule] };
    if (named !== undefined && day >= date.start && day <= date.end && weekday(fromIso(day)) === named) {
      const anchor = `photo caption dated ${day} (¶${paragraph})`;
      return {
        ...event,
        date: { ...date, start: day, end: day, precision: 'day', inferred: { rule: 'caption-date', anchor } },
        rules: [...event.rules, rule],
      };
    }
  }
  return event;
}
