import type { Prisma } from '../../generated/prisma/client';
import { prisma } from '../client';

/** How many events satisfy `condition`, a condition on the alias `e`. */
export async function countEvents(condition: Prisma.Sql): Promise<number> {
  const [{ count }] = await prisma.$queryRaw<{ count: number | bigint }[]>`
    SELECT COUNT(*) AS count FROM "Event" e WHERE ${condition}`;
  return Number(count);
}
