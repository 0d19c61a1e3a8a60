// "on Saturday" in a news report means the most recent Saturday on or before the reference date.

import { addDays, fromIso, weekday } from '../calendar';
import { touch, type Refiner } from '../parsing';

export const weekdayBeforeReference: Refiner = {
  name: 'weekday-before-reference',
  refine(results, _text, context) {
    const reference = fromIso(context.referenceDate);
    const anchor = `${context.referenceLabel} ${context.referenceDate}`;
    return results.map((result) => {
      const { shape } = result.start;
      if (shape.kind !== 'weekday') return result;
      const date = addDays(reference, -((weekday(reference) - shape.weekday + 7) % 7));
      const resolved = {
        ...result,
        start: { components: { known: {}, implied: { ...date } }, shape: { kind: 'calendar' } as const },
        rules: [...result.rules],
        inferred: result.inferred ?? { rule: 'weekday-before-reference', anchor },
      };
      touch(resolved, 'weekday-before-reference');
      return resolved;
    });
  },
};
