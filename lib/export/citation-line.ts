import type { CitationView } from '../db/queries';

/** One citation as plain text: `“quote” — source title, ¶N (stance)`. */
export function citationLine(citation: CitationView): string {
  return `“${citation.quote}” — ${citation.sourceTitle}, ¶${citation.paragraph} (${citation.stance})`;
}
