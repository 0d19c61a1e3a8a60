// `In Sept. 2019, Ayatollah X said: “39 years ago, the Iraqis attacked”`: a relative date inside
// quoted speech ("39 years ago", "last year", "this year") counts from when the words were said,
// which the date that introduces the quote in the same sentence states, not from the reference
// date. Never more precise than that date (a month → at most a month). A quote with no such date
// is left to relative-to-reference.

import { fromIso } from '../calendar';
import { endOf, touch, type ParsedResult, type Refiner } from '../parsing';
import { toMention } from '../resolve';
import type { DateMention } from '../types';
import type { ReferencePrecision } from './periods';
import { resolveAgainst } from './relative-to-reference';

/** Where the quotation enclosing `index` opens, or -1 when `index` is not inside quotation marks. */
export function quoteOpening(text: string, index: number): number {
  const before = text.slice(0, index);
  const curlyOpen = before.lastIndexOf('“');
  if (curlyOpen > before.lastIndexOf('”')) return curlyOpen;
  const straight = [...before.matchAll(/"/g)];
  return straight.length % 2 === 1 ? straight[straight.length - 1].index : -1;
}

/** How precisely a stated date fixes when something was said, or null when too vague to count from. */
function speechPrecision(mention: DateMention): ReferencePrecision | null {
  const { precision, start, end } = mention.date;
  if (precision === 'day') return 'day';
  if (['week', 'month'].includes(precision) && start.slice(0, 7) === end.slice(0, 7)) return 'month';
  if (['week', 'month', 'season', 'year'].includes(precision) && start.slice(0, 4) === end.slice(0, 4)) return 'year';
  return null;
}

/** The last date the text states before `opening` that says when the quote was said. */
function introducingDate(results: ParsedResult[], opening: number): { mention: DateMention; precision: ReferencePrecision } | null {
  let found: { mention: DateMention; precision: ReferencePrecision } | null = null;
  for (const result of results) {
    if (endOf(result) > opening) break;
    const mention = toMention(result);
    if (!mention || mention.date.inferred !== null) continue;
    const precision = speechPrecision(mention);
    if (precision) found = { mention, precision };
  }
  return found;
}

export const relativeToSpeechDate: Refiner = {
  name: 'relative-to-speech-date',
  refine(results, text, context) {
    return results.map((result) => {
      const { shape } = result.start;
      if (shape.kind !== 'relative' || shape.relative.anchor !== 'reference' || result.end !== null) return result;
      const opening = quoteOpening(text, result.index);
      if (opening < 0) return result;
      const speech = introducingDate(results, opening);
      if (!speech) return result;
      const span = resolveAgainst(shape.relative, fromIso(speech.mention.date.start), speech.precision);
      const resolved: ParsedResult = {
        ...result,
        start: { ...result.start, shape: { kind: 'span', ...span } },
        rules: [...result.rules],
        inferred: { rule: 'relative-to-speech-date', anchor: `“${speech.mention.text}” (¶${context.paragraph})` },
      };
      touch(resolved, 'relative-to-speech-date');
      return resolved;
    });
  },
};
