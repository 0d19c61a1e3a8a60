import type { Token } from '../language';

/** Whether token `i` ends a hyphenated word ("Hamburg-based", "by-election"): a hyphen with no space joins it to the word before. */
export function isCompoundEnd(tokens: Token[], i: number): boolean {
  const hyphen = tokens[i - 1];
  return hyphen?.text === '-' && hyphen.end === tokens[i].start && tokens[i - 2]?.end === hyphen.start;
}
