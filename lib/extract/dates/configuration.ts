// Which parsers and refiners run, in order. Parser order only breaks ties between equally long
// matches (remove-overlap keeps the longest first); refiner order is the pipeline itself.

import type { Parser, Refiner } from './parsing';
import { dayMonth } from './parsers/day-month';
import { dayMonthRange } from './parsers/day-month-range';
import { daysFromEvent } from './parsers/days-from-event';
import { decade } from './parsers/decade';
import { deicticDay } from './parsers/deictic-day';
import { followingPeriod } from './parsers/following-period';
import { holiday } from './parsers/holiday';
import { isoDate } from './parsers/iso-date';
import { monthDay } from './parsers/month-day';
import { monthDayRange } from './parsers/month-day-range';
import { monthNameAlone } from './parsers/month-name';
import { monthYear } from './parsers/month-year';
import { namedPeriod } from './parsers/named-period';
import { partOfMonth } from './parsers/part-of-month';
import { partOfYear } from './parsers/part-of-year';
import { recentPeriod } from './parsers/recent-period';
import { seasonOfYear } from './parsers/season';
import { thatYear } from './parsers/that-year';
import { thisLastNext } from './parsers/this-last-next';
import { spelledYear } from './parsers/spelled-year';
import { timeAfterEvent } from './parsers/time-after-event';
import { timeAgo } from './parsers/time-ago';
import { weekOfMonth } from './parsers/week-of-month';
import { weekdayAlone } from './parsers/weekday';
import { yearAlone } from './parsers/year';
import { yearRange } from './parsers/year-range';
import { earlierFullDate } from './refiners/earlier-full-date';
import { explicitOverRelative } from './refiners/explicit-over-relative';
import { mergeRange } from './refiners/merge-range';
import { namedPeriodFromReference } from './refiners/named-period';
import { narrativeYear } from './refiners/narrative-year';
import { notAQuantity } from './refiners/not-a-quantity';
import { referenceYear } from './refiners/reference-year';
import { relativeToPreviousEvent } from './refiners/relative-to-previous-event';
import { relativeToSpeechDate } from './refiners/relative-to-speech-date';
import { relativeToReference } from './refiners/relative-to-reference';
import { relativeToSentenceDate } from './refiners/relative-to-sentence-date';
import { removeOverlap } from './refiners/remove-overlap';
import { sentenceYear } from './refiners/sentence-year';
import { weekdayFromReference } from './refiners/weekday-from-reference';
import { yearInPassing } from './refiners/year-in-passing';

export interface Configuration {
  parsers: Parser[];
  refiners: Refiner[];
}

export const defaultConfiguration: Configuration = {
  parsers: [
    // Most specific first: on an equal-length tie the fuller reading should win.
    isoDate,
    dayMonthRange,
    monthDayRange,
    monthDay,
    dayMonth,
    holiday,
    weekOfMonth,
    partOfMonth,
    monthYear,
    seasonOfYear,
    // "last April" and "June last year" before the bare month and "last year" they contain.
    namedPeriod,
    decade,
    partOfYear,
    yearRange,
    spelledYear,
    // "the next year" is counted from the previous event, not from the reference date.
    followingPeriod,
    thisLastNext,
    thatYear,
    deicticDay,
    recentPeriod,
    timeAgo,
    timeAfterEvent,
    daysFromEvent,
    // Broad catch-alls last; the longer matches above cover them when both apply.
    monthNameAlone,
    yearAlone,
    weekdayAlone,
  ],
  refiners: [
    // Before overlap removal, so a rejected "2000 people" cannot hide a shorter true date.
    notAQuantity,
    removeOverlap,
    // Ranges join whole, non-overlapping dates, and share a stated year before any is guessed.
    mergeRange,
    // Drop relative phrases the clause restates before spending inference on them.
    explicitOverRelative,
    // Before any year is lent: a year named in passing lends none to the sentence or the narrative.
    yearInPassing,
    // Years for partial dates, most specific evidence first: a full date the article already
    // stated with the same month and day, then a year stated earlier in the same sentence, then
    // the narrative (what the article is talking about), then the reference date.
    earlierFullDate,
    sentenceYear,
    narrativeYear,
    referenceYear,
    // Quoted speech counts "39 years ago" from when it was said, ahead of the reference date.
    relativeToSpeechDate,
    weekdayFromReference,
    namedPeriodFromReference,
    relativeToReference,
    // A date an earlier clause of the sentence states is nearer than the sentence before.
    relativeToSentenceDate,
    relativeToPreviousEvent,
  ],
};
