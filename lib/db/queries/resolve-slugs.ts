// Actor and source slugs from a filter, turned into row ids. An unknown slug is the client's mistake
// (usually a typo), so it is an error naming the parameter rather than a silently empty result.
import { Prisma } from '../../generated/prisma/client';
import { ParameterError } from '../../query/parameter-error';
import { prisma } from '../client';

/**
 * For each requested actor, the ids it stands for: itself and, when `affiliated`, every actor whose
 * chain of affiliations leads to it (Hamas → al-Qassam Brigades → a commander).
 */
export async function resolveActors(slugs: string[], affiliated: boolean): Promise<number[][]> {
  if (slugs.length === 0) return [];
  const rows = await prisma.$queryRaw<{ root: string; id: number | bigint }[]>`
    WITH RECURSIVE stands_for(root, id) AS (
      SELECT slug, id FROM "Actor" WHERE slug IN (${Prisma.join(slugs)})
      UNION
      SELECT stands_for.root, member.id
      FROM "Actor" member JOIN stands_for ON member.affiliationId = stands_for.id
      WHERE ${affiliated ? 1 : 0}
    )
    SELECT root, id FROM stands_for`;
  return slugs.map((slug) => {
    const ids = rows.filter((row) => row.root === slug).map((row) => Number(row.id));
    if (ids.length === 0) throw new ParameterError('actor', `unknown actor '${slug}'`);
    return ids;
  });
}

export async function resolveSources(slugs: string[]): Promise<number[]> {
  if (slugs.length === 0) return [];
  const rows = await prisma.source.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  for (const slug of slugs) {
    if (!rows.some((row) => row.slug === slug)) throw new ParameterError('source', `unknown source '${slug}'`);
  }
  return rows.map((row) => row.id);
}
