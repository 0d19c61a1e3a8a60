// Date recognition: find and resolve the dates in a sentence, track the article's narrative year,
// and estimate a reference date for undated articles.

export { findDates } from './find-dates';
export { advanceNarrative } from './narrative';
export { estimateReferenceDate, type ReferenceEstimate } from './reference-estimate';
export { defaultConfiguration, type Configuration } from './configuration';
export type { DateContext, DateMention, Narrative } from './types';
