// "had met at least four times in 2023 leading into the October 7 invasion": a month or day without
// a year takes the nearest year stated before it in the same sentence, unless that would put it
// after the reference date ("On January 22, 2025, … didn't know about Oct. 7" is not October 2025):
// then the narrative and reference years decide, as if the sentence had stated none.

import type { DateMention } from '../types';
import { anchorsYear } from '../narrative';
import type { ParsedResult, Refiner } from '../parsing';
import { toMention } from '../resolve';
import { afterReference, completeYear, futureBeforeReference, lacksYear } from './year-completion';

export const sentenceYear: Refiner = {
  name: 'sentence-year',
  refine(results, text, context) {
    let stated: DateMention | null = null;
    return results.map((result): ParsedResult => {
      if (lacksYear(result)) {
        if (!stated) return result;
        const year = Number(stated.date.end.slice(0, 4));
        if (afterReference(result, year, context.referenceDate) || futureBeforeReference(result, year, text, context.referenceDate)) return result;
        return completeYear(result, year, { rule: 'sentence-year', anchor: `“${stated.text}” (¶${context.paragraph})` }, 'sentence-year');
      }
      const mention = toMention(result);
      if (mention && anchorsYear(mention)) stated = mention;
      return result;
    });
  },
};
