import type { WikinewsGold } from './wikinews-gold';

/**
 * The names an actor may carry to stand for a gold timeline entity: the entity's own name, plus the
 * named mentions MEANTIME gives for the instance of the same name (case aside), so "Jobs" counts
 * for "Steve Jobs" and "Apple Corps" for "Beatles Apple Corps". Instances named otherwise
 * ("iPhone4-EHU") add nothing: the gold does not link them to a timeline, and guessing would be ours.
 */
export function entityNames(gold: WikinewsGold, entity: string): string[] {
  const names = new Set([entity]);
  for (const mentions of Object.values(gold.entities)) {
    for (const mention of mentions) if (sameName(mention.instance, entity)) names.add(mention.text);
  }
  return [...names];
}

/** Names compare ignoring case and runs of white space. */
export function sameName(a: string, b: string): boolean {
  return fold(a) === fold(b);
}

function fold(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
