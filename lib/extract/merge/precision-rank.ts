import type { Precision } from '../types';

/** Finer first: when two citations agree, the finer date is kept. */
const ORDER: Precision[] = ['day', 'week', 'month', 'season', 'year', 'decade', 'approximate'];

export function precisionRank(precision: Precision): number {
  return ORDER.indexOf(precision);
}
