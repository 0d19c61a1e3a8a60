import type { SourceSummary, TimelineEvent } from '../db/queries';

/** What every export format is rendered from: the matching events, the sources, and where the app lives. */
export interface ExportInput {
  sources: SourceSummary[];
  events: TimelineEvent[];
  /** Origin the app is served from (`https://host`), so links in the files reach the cited paragraphs. */
  siteUrl: string;
  /** iCalendar DTSTAMP; chosen by the caller so the same data always gives the same file. */
  stamp: Date;
}
