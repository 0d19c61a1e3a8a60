import { phraseKey } from './phrase-key';

/**
 * The slug of an actor found in the text: its canonical name lower-cased, apostrophes and diacritics
 * dropped, spaces → hyphens ("Maria López" → maria-lopez). It never equals a gazetteer slug, so a
 * discovered actor cannot stand in for a curated one: on a clash the kind, then a number, is added.
 */
export function discoveredSlug(name: string, kind: string, taken: (slug: string) => boolean): string {
  const base = phraseKey(name).replace(/ /g, '-');
  if (!taken(base)) return base;
  const withKind = `${base}-${kind}`;
  if (!taken(withKind)) return withKind;
  for (let n = 2; ; n++) if (!taken(`${withKind}-${n}`)) return `${withKind}-${n}`;
}
