import type { DateMention } from '../dates/types';
import { analyseText } from '../language';
import { attachDates } from './attach-dates';
import { findHappenings } from './find-happenings';
import type { DatedHappening } from './types';

/** A sentence's happenings, read from its grammar, each tied to the date that times it (or none). */
export function datedHappenings(sentence: string, mentions: DateMention[]): DatedHappening[] {
  const analysis = analyseText(sentence);
  const verbs = analysis.tokens.filter((token) => token.pos === 'VERB').map((token) => token.start);
  return attachDates(sentence, mentions, findHappenings(sentence, analysis, mentions), verbs);
}
