import type { CitationView } from '../db/queries';
import { stanceInWords } from '../format/stance-in-words';

/** One citation as plain text: `“quote” — source title, ¶N (Reported by X)`. */
export function citationLine(citation: CitationView): string {
  return `“${citation.quote}” — ${citation.sourceTitle}, ¶${citation.paragraph} (${stanceInWords(citation.stance, citation.claimant)})`;
}
