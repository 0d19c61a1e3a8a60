// Joins two adjacent dates into one range: "from 27 December 2008 until January 18, 2009",
// "between 2012 and 2014", "October 7 – November 2, 2023". A start that omits its year takes the
// end's (stated by the range itself, so not an inference), a year earlier if its month is later.

import { endOf, get, type ParsedResult, type Piece, type Refiner } from '../parsing';

/** "and" joins a range only after "between"; the others join on their own. */
const CONNECTOR = /^\s*(?:[–-]|to|until|till|through|and)\s*$/;
const BETWEEN_BEFORE = /(?:^|\s)[Bb]etween\s+$/;

function joinable(first: ParsedResult, second: ParsedResult, text: string): boolean {
  if (first.end || second.end) return false;
  if (first.start.shape.kind === 'relative' || second.start.shape.kind === 'relative') return false;
  if (first.start.shape.kind === 'weekday' || second.start.shape.kind === 'weekday') return false;
  const between = text.slice(endOf(first), second.index);
  if (!CONNECTOR.test(between)) return false;
  return !/and/.test(between) || BETWEEN_BEFORE.test(text.slice(0, first.index));
}

/**
 * `piece` with the year the other side of the range stated, when it stated none itself: one year
 * apart when the months wrap ("27 December – 18 January 2009" starts in 2008).
 */
function withSharedYear(piece: Piece, other: Piece, otherIsEnd: boolean): Piece {
  const otherYear = get(other.components, 'year');
  if (get(piece.components, 'year') !== undefined || otherYear === undefined) return piece;
  const month = get(piece.components, 'month');
  const otherMonth = get(other.components, 'month');
  const wraps = month !== undefined && otherMonth !== undefined && (otherIsEnd ? month > otherMonth : month < otherMonth);
  const year = wraps ? otherYear + (otherIsEnd ? -1 : 1) : otherYear;
  return { ...piece, components: { ...piece.components, known: { ...piece.components.known, year } } };
}

export const mergeRange: Refiner = {
  name: 'merge-range',
  refine(results, text) {
    const merged: ParsedResult[] = [];
    for (const result of results) {
      const previous = merged.at(-1);
      if (previous && joinable(previous, result, text)) {
        merged[merged.length - 1] = {
          ...previous,
          text: text.slice(previous.index, endOf(result)),
          start: withSharedYear(previous.start, result.start, true),
          end: withSharedYear(result.start, previous.start, false),
          rules: [...previous.rules, ...result.rules.filter((rule) => !previous.rules.includes(rule)), 'merge-range'],
        };
      } else {
        merged.push(result);
      }
    }
    return merged;
  },
};
