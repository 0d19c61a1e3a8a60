// What date recognition takes in and reports. Pure data; see ../types.ts for ResolvedDate.

import type { IsoDate, ResolvedDate } from '../types';
import type { Relative } from './parsing';

/** What the article has established so far, for dates the text leaves incomplete. */
export interface Narrative {
  /** The year most recently made explicit ("met at least four times in 2023" → 2023). */
  year: number;
  /** The month most recently made explicit together with that year, if any. */
  month: number | null;
  /** The words that established it, quoted in inference anchors. */
  text: string;
  paragraph: number;
  /** Set by a heading ("## 2019"): it dates the items under it, whatever their paragraph. */
  heading?: boolean;
  /**
   * Full dates the article has stated so far, for later partial dates that repeat them
   * ("the October 7 attacks" after "October 7, 2023"): keyed `MM-DD` for a stated day, `MM` for a
   * stated month-and-year. The latest statement of a key wins. Absent until one is stated.
   */
  knownDates?: KnownDates;
}

/** One explicitly stated full date, remembered by month-day (or month): see Narrative.knownDates. */
export interface KnownDate {
  year: number;
  /** The words that stated it, quoted in inference anchors. */
  text: string;
  paragraph: number;
}

export type KnownDates = Record<string, KnownDate>;

export interface DateContext {
  /** Publication date (or its estimate): "this year", "last year", "two months ago", weekdays. */
  referenceDate: IsoDate;
  /** How the reference date is known, quoted in anchors, e.g. `publication date` or `estimated publication date`. */
  referenceLabel: string;
  /**
   * How precisely the reference date is known (default `day`). An estimate known only to the month
   * or year makes dates resolved against it ("on Sunday", "this week") no more precise than that.
   */
  referencePrecision?: 'day' | 'month' | 'year';
  /** The reference date is an estimate (no publication date stated): weaker evidence than the narrative. */
  referenceEstimated?: boolean;
  narrative: Narrative | null;
  /** Date of the happening the text reported just before, for "five days later". */
  previousEvent: { date: ResolvedDate; label: string } | null;
  /** 1-based paragraph being read, quoted in anchors. */
  paragraph: number;
}

export interface DateMention {
  /** Offsets of the date expression in the text given to findDates. */
  index: number;
  end: number;
  text: string;
  date: ResolvedDate;
  /** Name of the parser that matched and of each refiner that changed it, in order. */
  rules: string[];
  /**
   * A year named in passing: the bound of a stretch still running ("since 1980") or a noun's
   * attribute ("the 1988 period"). It dates nothing the article goes on to narrate, so it does not
   * set the narrative year.
   */
  inPassing?: boolean;
  /** For a date counted from the previous event: the offset, so it can be counted again (see ParsedResult.counted). */
  counted?: Relative;
}
