import { isMap, isScalar, type Document, type LineCounter, type Node } from 'yaml';

/**
 * The 1-based line of the YAML node at `path` (or of `key` inside the map there). Falls back to the
 * nearest existing ancestor, so a missing field points at the entry that lacks it.
 */
export function locateLine(doc: Document, lines: LineCounter, path: readonly PropertyKey[], key?: string): number | null {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = (depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true)) as Node | null | undefined;
    const keyNode = depth === path.length && key !== undefined && isMap(node)
      ? node.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key
      : undefined;
    const range = (keyNode as Node | undefined)?.range ?? node?.range;
    if (range) return lines.linePos(range[0]).line;
  }
  return null;
}
