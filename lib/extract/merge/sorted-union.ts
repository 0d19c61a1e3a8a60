/** The distinct slugs of several sorted lists, sorted: how actor and rule lists are pooled. */
export function sortedUnion(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())].sort();
}
