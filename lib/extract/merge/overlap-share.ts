/**
 * Shared items over the smaller set: 1 when one set holds the other, 0 when either is empty.
 * Both lists must be sorted (default string order) and distinct, as actors, terms and places are:
 * one walk along both then counts the shared items without building a set.
 */
export function overlapShare(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / Math.min(a.length, b.length);
}
