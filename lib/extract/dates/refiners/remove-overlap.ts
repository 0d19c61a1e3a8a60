// Keeps one result per stretch of text: the longest ("October 7, 2023" over "2023"), and on equal
// length the parser listed first in the configuration.

import { endOf, type ParsedResult, type Refiner } from '../parsing';

export const removeOverlap: Refiner = {
  name: 'remove-overlap',
  refine(results) {
    const preferred = [...results].sort((a, b) => b.text.length - a.text.length || a.priority - b.priority || a.index - b.index);
    const kept: ParsedResult[] = [];
    for (const candidate of preferred) {
      if (kept.every((other) => endOf(other) <= candidate.index || endOf(candidate) <= other.index)) kept.push(candidate);
    }
    return kept.sort((a, b) => a.index - b.index);
  },
};
