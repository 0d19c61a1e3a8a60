import type { ExtractedEvent, ExtractedParagraph } from '../types';

/** A full date as captions write it: "February 8, 2025". */
const CAPTION_DATE = /(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<day>\d{1,2}),\s+(?<year>\d{4})/gu;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A body event dated by inference (a weekday, "this week") that a photo caption dates in full
 * is confirmed by it: the caption is noted among the event's rules. Captions never date events alone.
 */
export function captionSupport(event: ExtractedEvent, paragraphs: ExtractedParagraph[]): ExtractedEvent {
  if (!event.date.inferred || event.date.precision !== 'day') return event;
  const caption = paragraphs.find((p) => p.kind === 'caption' && captionDates(p.text).includes(event.date.start));
  return caption ? { ...event, rules: [...event.rules, `date:caption-support(¶${caption.number})`] } : event;
}

function captionDates(text: string): string[] {
  return [...text.matchAll(CAPTION_DATE)].map(({ groups }) => {
    const month = String(MONTHS.indexOf(groups!.month.toLowerCase()) + 1).padStart(2, '0');
    return `${groups!.year}-${month}-${groups!.day.padStart(2, '0')}`;
  });
}
