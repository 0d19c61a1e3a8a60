// Every match of a global pattern, as `String.prototype.matchAll` gives them, but with an `exec`
// loop: matchAll clones the pattern on each call, which made it about twice as slow on the
// extractor's per-sentence patterns (dates, words, sentence breaks).

/** Every match of `pattern` (which must have the `g` flag) in `text`, left to right, as an array. */
export function globalMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`globalMatches needs a global pattern: ${pattern}`);
  const found: RegExpExecArray[] = [];
  // The matches are collected before any is used, so a caller may search the same pattern again meanwhile.
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    // An empty match would be found again at the same place: step over it, a whole code point in unicode mode.
    if (match[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  return found;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const isPair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
  return index + (isPair ? 2 : 1);
}
