import type { ExtractedEvent, ExtractedParagraph } from '../types';

/** A full date as captions write it: "February 8, 2025". */
const CAPTION_DATE = /(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<day>\d{1,2}),\s+(?<year>\d{4})/gu;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * A body event dated by inference that a photo caption dates in full is dated by the caption:
 * the same day confirms it; a weekday ("on Saturday") whose span holds a caption date falling on
 * that weekday is narrowed to that day. Captions never date events alone.
 */
export function captionSupport(event: ExtractedEvent, paragraphs: ExtractedParagraph[]): ExtractedEvent {
  const { date } = event;
  if (!date.inferred) return event;
  const weekday = WEEKDAYS.indexOf(date.text.toLowerCase());
  for (const paragraph of paragraphs.filter((p) => p.kind === 'caption')) {
    for (const day of captionDates(paragraph.text)) {
      const rule = `date:caption-support(¶${paragraph.number})`;
      if (date.precision === 'day' && day === date.start) return { ...event, rules: [...event.rules, rule] };
      if (weekday !== -1 && day >= date.start && day <= date.end && weekdayOf(day) === weekday) {
        const anchor = `photo caption dated ${day} (¶${paragraph.number})`;
        return {
          ...event,
          date: { ...date, start: day, end: day, precision: 'day', inferred: { rule: 'caption-date', anchor } },
          rules: [...event.rules, rule],
        };
      }
    }
  }
  return event;
}

function captionDates(text: string): string[] {
  return [...text.matchAll(CAPTION_DATE)].map(({ groups }) => {
    const month = String(MONTHS.indexOf(groups!.month.toLowerCase()) + 1).padStart(2, '0');
    return `${groups!.year}-${month}-${groups!.day.padStart(2, '0')}`;
  });
}

function weekdayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
