// Knight Lab TimelineJS3's JSON (https://timeline.knightlab.com/docs/json-format.html), so a newsroom
// can publish the same timeline with that player. The player renders headlines, text and dates as
// HTML, so every piece of article text is escaped and links are switched off except our own.
import type { Precision } from '../extract/types';
import type { TimelineEvent } from '../db/queries';
import { dateAccount } from '../format/date-account';
import { dateWithPrecision } from '../format/format-date';
import { stanceInWords } from '../format/stance-in-words';
import { escapeHtml } from './escape-html';
import type { ExportInput } from './export-input';
import { paragraphLink } from './paragraph-link';

/** A TimelineJS date object: `year` is required; `month` (1–12) and `day` only where known. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: { headline: string; text: string };
  /** Off: TimelineJS would otherwise turn URL-like article text into links. */
  autolink: false;
  unique_id?: string;
}

export interface TimelineJsFile {
  title: TimelineJsSlide;
  events: TimelineJsSlide[];
}

type Unit = 'day' | 'month' | 'year';

/**
 * How finely each precision places an event. Approximate spans keep their days, as the timeline
 * draws them: cut to months, "a few days after" the 7th would start on the 1st, before what it follows.
 */
const UNIT: Record<Precision, Unit> = {
  day: 'day', week: 'day', approximate: 'day', month: 'month', season: 'month', year: 'year', decade: 'year',
};

export function toTimelineJs({ events, siteUrl }: Pick<ExportInput, 'events' | 'siteUrl'>): TimelineJsFile {
  return { title: titleSlide(events), events: [...events].sort(timelineOrder).map((event) => eventSlide(event, siteUrl)) };
}

/** The timeline's order (start, end, id, compared as SQLite does), whatever order the events came in. */
function timelineOrder(a: TimelineEvent, b: TimelineEvent): number {
  return codeUnitOrder(a.start, b.start) || codeUnitOrder(a.end, b.end) || codeUnitOrder(a.id, b.id);
}

function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function eventSlide(event: TimelineEvent, siteUrl: string): TimelineJsSlide {
  const unit = UNIT[event.precision];
  // Always with its year and precision ("January 2023 (month)"); the words as written are in the text.
  const displayDate = escapeHtml(dateWithPrecision(event));
  const start = dateObject(event.start, unit);
  const end = dateObject(event.end, unit);
  const sameUnit = start.year === end.year && start.month === end.month && start.day === end.day;
  return {
    start_date: { ...start, display_date: displayDate },
    ...(sameUnit ? {} : { end_date: end }),
    // Overrides the player's own "start – end" rendering, which would claim more than the text says.
    display_date: displayDate,
    text: { headline: escapeHtml(event.title), text: eventText(event, siteUrl) },
    autolink: false,
    unique_id: event.id,
  };
}

function dateObject(isoDay: string, unit: Unit): TimelineJsDate {
  const [year, month, day] = isoDay.split('-').map(Number);
  if (unit === 'year') return { year };
  if (unit === 'month') return { year, month };
  return { year, month, day };
}

function eventText(event: TimelineEvent, siteUrl: string): string {
  const citations = event.citations.map((citation) => {
    const link = escapeHtml(paragraphLink(siteUrl, citation.source, citation.paragraph));
    const where = `${escapeHtml(citation.sourceTitle)}, ¶${citation.paragraph}`;
    return `<li><blockquote>“${escapeHtml(citation.quote)}”</blockquote> — <a href="${link}">${where}</a> (${escapeHtml(stanceInWords(citation.stance, citation.claimant))})</li>`;
  });
  return `<p>${escapeHtml(`Date: ${dateAccount(event)}`)}</p><ul>${citations.join('')}</ul>`;
}

/** Names the cited sources, as the events' citations title them. */
function titleSlide(events: TimelineEvent[]): TimelineJsSlide {
  const sources = new Map<string, string>();
  for (const { source, sourceTitle, publisher } of events.flatMap((event) => event.citations)) {
    sources.set(source, publisher ? `${sourceTitle}, ${publisher}` : sourceTitle);
  }
  const names = [...sources.values()].sort((a, b) => a.localeCompare(b, 'en')).map((name) => `<li>${escapeHtml(name)}</li>`);
  return {
    text: {
      headline: 'Chronocite timeline',
      text: `<p>${count(events.length, 'event')} from ${count(names.length, 'source')}; each event quotes the paragraphs it comes from.</p><ul>${names.join('')}</ul>`,
    },
    autolink: false,
  };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
