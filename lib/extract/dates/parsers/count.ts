// Shared by the relative parsers: "two" → exactly 2, "a few" → 2..5 (vague).

import type { Count } from '../parsing';
import { NUMBER_WORDS, VAGUE_COUNTS } from '../../lexicon/en/dates';

export function parseCount(text: string): Count | null {
  const word = text.toLowerCase().replace(/\s+/g, ' ');
  const vague = VAGUE_COUNTS[word];
  if (vague) return { ...vague, vague: true };
  const exact = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
  return exact === undefined || exact === 0 ? null : { min: exact, max: exact, vague: false };
}
