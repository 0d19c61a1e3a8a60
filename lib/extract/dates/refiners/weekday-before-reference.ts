// "on Saturday" in a news report means the most recent Saturday on or before the reference date.
// A reference known only to the month or year (DateContext.referencePrecision) cannot pick the
// day: the weekday is then that reference month or year.

import { addDays, fromIso, weekday } from '../calendar';
import { touch, type Refiner } from '../parsing';
import { referencePeriod } from './periods';
import { referenceAnchor, referencePrecisionOf } from './reference-anchor';

export const weekdayBeforeReference: Refiner = {
  name: 'weekday-before-reference',
  refine(results, _text, context) {
    const reference = fromIso(context.referenceDate);
    const precision = referencePrecisionOf(context);
    const anchor = referenceAnchor(context);
    return results.map((result) => {
      const { shape } = result.start;
      if (shape.kind !== 'weekday') return result;
      const date = addDays(reference, -((weekday(reference) - shape.weekday + 7) % 7));
      const start =
        precision === 'day'
          ? { components: { known: {}, implied: { ...date } }, shape: { kind: 'calendar' } as const }
          : { components: { known: {}, implied: {} }, shape: { kind: 'span', ...referencePeriod(reference, precision) } as const };
      const resolved = { ...result, start, rules: [...result.rules], inferred: result.inferred ?? { rule: 'weekday-before-reference', anchor } };
      touch(resolved, 'weekday-before-reference');
      return resolved;
    });
  },
};
