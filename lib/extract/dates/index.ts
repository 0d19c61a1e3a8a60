// Date recognition: find and resolve the dates in a sentence, track the article's narrative year,
// and estimate a reference date for undated articles.
//
// A partial date ("October 7", "in June") gets its year from, in order: a full date the article
// stated earlier with the same month and day (`earlier-full-date`), a year stated earlier in the
// same sentence (`sentence-year`), the narrative year (`narrative-year`), the reference date
// (`reference-year`). The full dates seen so far ride along in `Narrative.knownDates`, which
// `advanceNarrative` maintains: callers that thread the narrative from sentence to sentence get
// them with no change. `rememberDates` exposes the bookkeeping on its own.

export { findDates } from './find-dates';
export { advanceNarrative, rememberDates } from './narrative';
export { estimateReferenceDate, type ReferenceEstimate } from './reference-estimate';
export { defaultConfiguration, type Configuration } from './configuration';
export type { DateContext, DateMention, KnownDate, KnownDates, Narrative } from './types';
