import type { Citation } from '../types';

/** A citation's spot: source, paragraph and offset. Two reports read from one spot are one citation. */
export function citationKey(citation: Citation): string {
  return `${citation.source}#${citation.paragraph}@${citation.start}`;
}
