// Why a source's reference date is what it is, when the article gives no publication date: the seed
// stores the reasoning (e.g. `latest date stated in the text: “February 8, 2025” (¶3)`).
import { prisma } from '../client';

/** For each of `slugs` that exists, the stored basis of its estimated date (null when none is stored). */
export async function getReferenceDateBases(slugs: string[]): Promise<Record<string, string | null>> {
  if (slugs.length === 0) return {};
  const rows = await prisma.source.findMany({
    where: { slug: { in: slugs } },
    select: { slug: true, referenceDateBasis: true },
  });
  return Object.fromEntries(rows.map((row) => [row.slug, row.referenceDateBasis]));
}
