import type { DateMention } from '../dates/types';
import { analyseText, repairTags, type TextAnalysis, type Token } from '../language';
import { attachDates } from './attach-dates';
import { markDates } from './date-tokens';
import { findHappenings, unrealisedVerbs } from './find-happenings';
import type { DatedHappening } from './types';

export interface SentenceHappenings {
  items: DatedHappening[];
  /** The sentence's tokens, the words of its dates marked, for titles. */
  tokens: Token[];
  /** The sentence as the linguistic layer read it, for actor recognition; null when it was not read. */
  analysis: TextAnalysis | null;
}

/** A sentence's happenings, read from its grammar, each tied to the date that times it (or none). */
export function datedHappenings(sentence: string, mentions: DateMention[]): SentenceHappenings {
  const analysis = repairTags(analyseText(sentence));
  const verbs = analysis.tokens.filter((token) => token.pos === 'VERB').map((token) => token.start);
  // The words of the dates are marked once, for the happening search and the titles alike.
  const tokens = markDates(analysis.tokens, mentions);
  const items = attachDates(sentence, mentions, findHappenings(sentence, { text: sentence, tokens }), verbs, unrealisedVerbs(tokens));
  return { items, tokens, analysis };
}
