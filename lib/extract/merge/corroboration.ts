import type { Citation, Corroboration } from '../types';

/**
 * How many distinct articles report a happening and in how many passages. An article citing it twice
 * is one source; a passage that only mentions it as a time ("since the Vell strike") counts apart.
 */
export function corroboration(citations: Pick<Citation, 'source' | 'role'>[]): Corroboration {
  const reports = citations.filter((citation) => citation.role === 'report');
  return {
    sourceCount: new Set(reports.map((citation) => citation.source)).size,
    passageCount: reports.length,
    mentionCount: citations.length - reports.length,
  };
}
