// "around two months ago in August 2023", "four days before … on October 3", "three years later,
// in the early 1990s": when the same clause goes on to state the date, the stated date wins and
// the relative phrase is dropped.

import { endOf, type ParsedResult, type Refiner } from '../parsing';

/** How far ahead, in characters, the stated date may follow within the clause. */
const MAX_GAP = 80;
const CLAUSE_END = /[.;!?]/;

/** A year or month the text wrote out, as opposed to a weekday or another relative phrase. */
function statesCalendarPart(result: ParsedResult): boolean {
  const { known } = result.start.components;
  return known.year !== undefined || known.month !== undefined;
}

export const explicitOverRelative: Refiner = {
  name: 'explicit-over-relative',
  refine(results, text) {
    return results.filter((result, position) => {
      if (result.start.shape.kind !== 'relative') return true;
      const next = results[position + 1];
      if (!next || !statesCalendarPart(next)) return true;
      const gap = text.slice(endOf(result), next.index);
      return gap.length > MAX_GAP || CLAUSE_END.test(gap);
    });
  },
};
