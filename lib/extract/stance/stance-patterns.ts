import type { Stance } from '../types';
import { STANCE_CUES } from '../lexicon/en/stance';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A reduced relative clause set off by commas, describing the noun before it: ", confirmed by both
 * state media and officials,". Not ", as reported by …," or ", according to …,", which frame the clause.
 */
export const ASIDE_ABOUT_NOUN = /,\s*(?:[\p{L}-]+ly\s+)?\p{L}+(?:ed|en)\s+by\s[^,;]*,/gu;

/** One pattern per stance, in precedence order; cue words must stand as whole words. */
export const STANCE_PATTERNS: { stance: Stance; pattern: RegExp }[] = STANCE_CUES.map(({ stance, cues }) => ({
  stance,
  pattern: new RegExp(String.raw`(?<![\p{L}])(?<cue>${cues.map(escape).join('|')})(?![\p{L}])`, 'iu'),
}));
