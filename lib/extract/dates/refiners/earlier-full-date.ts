// "the October 7 attacks" after "the October 7, 2023 massacre" (¶1): a month and day without a
// year that repeat a full date the article stated earlier take that date's year, ahead of the
// sentence and narrative years (an article that moved on to "As early as 2015, …" still means
// 2023 by "October 7"). Month and day must match exactly; a bare month ("in August") repeats a
// stated month-and-year ("August 2023") only when its own sentence states no year before it.
// Full dates stated earlier in the same sentence count too.

import type { DateMention } from '../types';
import { anchorsYear, knownDateKeys } from '../narrative';
import { get, type ParsedResult, type Refiner } from '../parsing';
import { toMention } from '../resolve';
import { completeYear, lacksYear } from './year-completion';

/** The month-day (`MM-DD`) or month (`MM`) a single partial calendar date repeats, if any. */
function keyOf(result: ParsedResult): string | null {
  if (result.end !== null || result.start.shape.kind !== 'calendar') return null;
  const { components } = result.start;
  const month = get(components, 'month');
  if (month === undefined) return null;
  const day = get(components, 'day');
  const mm = String(month).padStart(2, '0');
  return day === undefined ? mm : `${mm}-${String(day).padStart(2, '0')}`;
}

export const earlierFullDate: Refiner = {
  name: 'earlier-full-date',
  refine(results, _text, context) {
    // Copied only when this sentence states a date of its own: most add nothing to what is known.
    let known = context.narrative?.knownDates ?? {};
    let copied = false;
    let yearStatedBefore = false;
    return results.map((result) => {
      let refined = result;
      const key = lacksYear(result) ? keyOf(result) : null;
      const match = key === null ? undefined : known[key];
      if (key !== null && match && (key.length > 2 || !yearStatedBefore)) {
        refined = completeYear(result, match.year, { rule: 'earlier-full-date', anchor: `“${match.text}” (¶${match.paragraph})` }, 'earlier-full-date');
      }
      const mention: DateMention | null = refined === result ? toMention(result) : null;
      if (mention) {
        for (const { key: stated, year } of knownDateKeys(mention)) {
          if (!copied) [known, copied] = [{ ...known }, true];
          known[stated] = { year, text: mention.text, paragraph: context.paragraph };
        }
        if (anchorsYear(mention)) yearStatedBefore = true;
      }
      return refined;
    });
  },
};
