// Which corpus is stored (written by the seed: lib/seed/corpus-revision.ts).
import { db } from '../snapshot';

export interface CorpusRevision {
  digest: string;
  /** ISO instant. */
  storedAt: string;
}

/** The stored corpus's revision; null for a database seeded before revisions were recorded. */
export async function getCorpusRevision(): Promise<CorpusRevision | null> {
  return db().corpusRevision.findUnique({ where: { id: 1 }, select: { digest: true, storedAt: true } });
}
