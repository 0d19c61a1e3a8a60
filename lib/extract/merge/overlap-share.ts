/** Shared items over the smaller set: 1 when one set holds the other, 0 when either is empty. */
export function overlapShare(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const small = a.length <= b.length ? a : b;
  const large = new Set(a.length <= b.length ? b : a);
  return small.filter((item) => large.has(item)).length / small.length;
}
