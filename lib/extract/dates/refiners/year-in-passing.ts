// Marks years named in passing, which must not become the narrative year: a year alone that bounds
// a stretch still running ("has doubled its profits annually since 1980. In September, …") or that
// describes a noun ("a one-time gain in the 1988 period"). The September is not 1980's. A year
// (or month) after the time of writing is a plan or a forecast ("will slip from 2028 to 2030"), not
// narrated; a full day after it stays a date the text may narrate from.

import { STRETCH_BOUNDS, YEAR_DETERMINERS } from '../../lexicon/en/dates';
import { touch, type ParsedResult, type Refiner } from '../parsing';

const BOUND_BEFORE = new RegExp(`(?<![A-Za-z])(?:${STRETCH_BOUNDS.join('|')})\\s+$`, 'i');
const DETERMINER_BEFORE = new RegExp(`(?<![A-Za-z])(?:${YEAR_DETERMINERS.join('|')})\\s+$`, 'i');
/** A lower-case word right after the year: the noun it describes ("period", "protests"). */
const NOUN_AFTER = /^\s+[a-z]/;

export const yearInPassing: Refiner = {
  name: 'year-in-passing',
  refine(results, text, context) {
    const referenceYear = Number(context.referenceDate.slice(0, 4));
    return results.map((result) => {
      const { known } = result.start.components;
      const laterYear = known.year !== undefined && known.day === undefined && known.year > referenceYear;
      if (!laterYear && !isBoundOrAttribute(result, text)) return result;
      const marked = { ...result, rules: [...result.rules], inPassing: true };
      touch(marked, 'year-in-passing');
      return marked;
    });
  },
};

function isBoundOrAttribute(result: ParsedResult, text: string): boolean {
  const { known } = result.start.components;
  if (result.end !== null || result.start.shape.kind !== 'calendar' || known.year === undefined || known.month !== undefined) return false;
  const before = text.slice(Math.max(0, result.index - 24), result.index);
  const after = text.slice(result.index + result.text.length);
  return BOUND_BEFORE.test(before) || (DETERMINER_BEFORE.test(before) && NOUN_AFTER.test(after));
}
