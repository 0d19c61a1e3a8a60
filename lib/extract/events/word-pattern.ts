const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** An alternation of whole words or phrases, longest first so "phone call" wins over "call". */
export function wordAlternation(words: string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|');
}

/** Letters on neither side, so "war" does not match inside "warfare" or "award". */
export function wholeWords(words: string[], flags = 'giu'): RegExp {
  return new RegExp(String.raw`(?<![\p{L}’'-])(?:${wordAlternation(words)})(?![\p{L}-])`, flags);
}
