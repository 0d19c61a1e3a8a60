// Reads of the actor gazetteer as stored by the seed.
import { prisma } from '../client';

export interface ActorListing {
  slug: string;
  name: string;
  kind: string;
  aliases: string[];
  /** Slug of the actor this one belongs to (a commander's movement, a minister's state), if any. */
  affiliation: string | null;
  /** Events naming this actor itself (not its affiliates). */
  eventCount: number;
}

interface ActorRow extends Omit<ActorListing, 'aliases' | 'eventCount'> {
  aliases: string;
  eventCount: number | bigint;
}

/** Every actor, by name, with how many events name it. */
export async function getActors(): Promise<ActorListing[]> {
  const rows = await prisma.$queryRaw<ActorRow[]>`
    SELECT a.slug, a.name, a.kind, a.aliases, parent.slug AS affiliation,
           (SELECT COUNT(*) FROM "EventActor" ea WHERE ea.actorId = a.id) AS eventCount
    FROM "Actor" a LEFT JOIN "Actor" parent ON parent.id = a.affiliationId
    ORDER BY a.name, a.slug`;
  return rows.map((row) => ({ ...row, aliases: JSON.parse(row.aliases) as string[], eventCount: Number(row.eventCount) }));
}
