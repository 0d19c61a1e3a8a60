// Drops bare years that the surrounding words show to be a count or an identifier:
// "2000 people", "1948 km", "Unit 1948", "Route 2000", "1999%", and designations such as the
// asteroid "2017 TW9", where a code of capitals and digits follows.

import { endOf, type Refiner } from '../parsing';
import { COUNTED_NOUNS, NUMBER_LABELS } from '../../lexicon/en/dates';

const BARE_YEAR_PARSERS = new Set(['year', 'year-range']);
const LABEL_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${NUMBER_LABELS.join('|')})\\.?\\s*(?:#\\s*)?$`, 'i');
const NOUN_AFTER = new RegExp(`^(?:\\s*%|\\s+(?:${COUNTED_NOUNS.join('|')})(?![A-Za-z]))`, 'i');
/** A code right after the number: two to four capitals and digits ("TW9", "QA12"); not "G7". */
const CODE_AFTER = /^\s+[A-Z]{2,4}\d{1,4}(?![\p{L}\d])/u;

export const notAQuantity: Refiner = {
  name: 'not-a-quantity',
  refine(results, text) {
    return results.filter((result) => {
      if (!BARE_YEAR_PARSERS.has(result.rules[0])) return true;
      const after = text.slice(endOf(result));
      return !LABEL_BEFORE.test(text.slice(0, result.index)) && !NOUN_AFTER.test(after) && !CODE_AFTER.test(after);
    });
  },
};
