// "had met at least four times in 2023 leading into the October 7 invasion": a month or day without
// a year takes the nearest year stated before it in the same sentence, unless that would put it
// after the reference date ("On January 22, 2025, … didn't know about Oct. 7" is not October 2025):
// then the narrative and reference years decide, as if the sentence had stated none. "Last year",
// "this year" and "next year" state a year too ("almost ended last year, when … in July").

import { anchorsYear } from '../narrative';
import type { ParsedResult, Refiner } from '../parsing';
import { toMention } from '../resolve';
import { afterReference, completeYear, futureBeforeReference, lacksYear } from './year-completion';

export const sentenceYear: Refiner = {
  name: 'sentence-year',
  refine(results, text, context) {
    let stated: { year: number; text: string } | null = null;
    return results.map((result): ParsedResult => {
      if (lacksYear(result)) {
        if (!stated) return result;
        const { year } = stated;
        if (afterReference(result, year, context.referenceDate) || futureBeforeReference(result, year, text, context.referenceDate)) return result;
        return completeYear(result, year, { rule: 'sentence-year', anchor: `“${stated.text}” (¶${context.paragraph})` }, 'sentence-year');
      }
      const mention = toMention(result);
      if (mention && anchorsYear(mention)) stated = { year: Number(mention.date.end.slice(0, 4)), text: mention.text };
      const relative = yearNamedFromReference(result, context.referenceDate);
      if (relative !== null) stated = { year: relative, text: result.text };
      return result;
    });
  },
};

/** "last year", "this year", "next year": the year they name, counted from the reference date. */
function yearNamedFromReference(result: ParsedResult, referenceDate: string): number | null {
  const { shape } = result.start;
  if (result.end || shape.kind !== 'relative') return null;
  const { anchor, unit, count, direction, stretch } = shape.relative;
  if (anchor !== 'reference' || unit !== 'year' || stretch || count.vague || count.min !== 1) return null;
  return Number(referenceDate.slice(0, 4)) + direction;
}
