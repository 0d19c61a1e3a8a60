// "Then, a trade delegation went to Nairobi in June." after "met four times in 2023": a month or day
// without a year takes the year the article last made explicit, unless that would put it after
// the reference date (a report does not narrate its own future), or before it for a date its clause
// puts in the future ("will join on March 12"): reference-year handles those.

import type { Refiner } from '../parsing';
import { afterReference, completeYear, futureBeforeReference, lacksYear } from './year-completion';

export const narrativeYear: Refiner = {
  name: 'narrative-year',
  refine(results, text, context) {
    const { narrative } = context;
    if (!narrative) return results;
    const anchor = `“${narrative.text}” (¶${narrative.paragraph})`;
    return results.map((result) =>
      lacksYear(result) && !afterReference(result, narrative.year, context.referenceDate) && !futureBeforeReference(result, narrative.year, text, context.referenceDate) ? completeYear(result, narrative.year, { rule: 'narrative-year', anchor }, 'narrative-year') : result,
    );
  },
};
