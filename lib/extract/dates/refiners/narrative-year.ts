// "Then, a trade delegation went to Nairobi in June." after "met four times in 2023": a month or day
// without a year takes the year the article last made explicit, unless that would put it after
// the reference date (a report does not narrate its own future), or before it for a date its clause
// puts in the future ("will join on March 12"): reference-year handles those.
// Across paragraphs the narrative year holds under a heading that states it ("## 2019"), when the
// publication date is only estimated, when the sentence opens by carrying the narrative on ("Then,
// …"), or when the publication date gives the same year; against a
// stated publication date, a later paragraph's "on April 30" is that of the time of writing, not of
// a year named in background paragraphs before.

import type { Refiner } from '../parsing';
import { NARRATIVE_CONTINUERS } from '../../lexicon/en/dates';
import { wordAlternation } from '../../events/word-pattern';
import { yearFromReference } from './reference-year';
import { afterReference, completeYear, futureBeforeReference, lacksYear } from './year-completion';

const CONTINUES = new RegExp(`^[^\\p{L}]*(?:${wordAlternation(NARRATIVE_CONTINUERS)})(?![\\p{L}])`, 'iu');

export const narrativeYear: Refiner = {
  name: 'narrative-year',
  refine(results, text, context) {
    const { narrative } = context;
    if (!narrative) return results;
    const holds = narrative.paragraph === context.paragraph || narrative.heading === true || context.referenceEstimated === true || CONTINUES.test(text);
    const anchor = `“${narrative.text}” (¶${narrative.paragraph})`;
    return results.map((result) =>
      lacksYear(result) &&
      !afterReference(result, narrative.year, context.referenceDate) &&
      !futureBeforeReference(result, narrative.year, text, context.referenceDate) &&
      (holds || yearFromReference(result, text, context.referenceDate) === narrative.year)
        ? completeYear(result, narrative.year, { rule: 'narrative-year', anchor }, 'narrative-year')
        : result,
    );
  },
};
