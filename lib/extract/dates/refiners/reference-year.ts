// With no narrative year, "in April" or "Oct. 7" is the most recent such month or day on or before
// the reference date: news reports what has happened.

import { fromIso } from '../calendar';
import type { Refiner } from '../parsing';
import { completeYear, earliestMonthDay, lacksYear } from './year-completion';

export const referenceYear: Refiner = {
  name: 'reference-year',
  refine(results, _text, context) {
    const reference = fromIso(context.referenceDate);
    const anchor = `${context.referenceLabel} ${context.referenceDate}`;
    return results.map((result) => {
      if (!lacksYear(result)) return result;
      const [month, day] = earliestMonthDay(result.start);
      const notYetThisYear = month > reference.month || (month === reference.month && day > reference.day);
      const year = notYetThisYear ? reference.year - 1 : reference.year;
      return completeYear(result, year, { rule: 'reference-year', anchor }, 'reference-year');
    });
  },
};
