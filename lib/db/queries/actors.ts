// Reads of the actor gazetteer as stored by the seed.
import { Prisma } from '../../generated/prisma/client';
import { db } from '../snapshot';
import { sqlBoolean } from './views';

export interface ActorListing {
  slug: string;
  name: string;
  kind: string;
  aliases: string[];
  /** Slug of the actor this one belongs to (a commander's movement, a minister's state), if any. */
  affiliation: string | null;
  /** Events naming this actor itself (not its affiliates). */
  eventCount: number;
  /** True for an actor found in the articles' text rather than listed in the gazetteer. */
  discovered: boolean;
  /** For a discovered actor: why it is one, in words a reader can check; null for a curated one. */
  evidence: string | null;
  /** A news outlet: no lane of its own on the timeline unless the filter names it. */
  media: boolean;
}

interface ActorRow extends Omit<ActorListing, 'aliases' | 'eventCount' | 'discovered' | 'media'> {
  aliases: string;
  eventCount: number | bigint;
  discovered: number | bigint;
  media: number | bigint;
}

export interface ActorQuery {
  /** Text that the name or an alias contains, ignoring case and diacritics. */
  q?: string | null;
  kind?: string | null;
}

/** The actors (every one by default), by name, with how many events name each. */
export async function getActors(query: ActorQuery = {}): Promise<ActorListing[]> {
  const kind = query.kind == null ? Prisma.sql`1` : Prisma.sql`a.kind = ${query.kind}`;
  const rows = await db().$queryRaw<ActorRow[]>`
    SELECT a.slug, a.name, a.kind, a.aliases, parent.slug AS affiliation, a.discovered, a.evidence, a.media,
           (SELECT COUNT(*) FROM "EventActor" ea WHERE ea.actorId = a.id) AS eventCount
    FROM "Actor" a LEFT JOIN "Actor" parent ON parent.id = a.affiliationId
    WHERE ${kind}
    ORDER BY a.name, a.slug`;
  const actors = rows.map((row) => ({
    ...row,
    aliases: JSON.parse(row.aliases) as string[],
    eventCount: Number(row.eventCount),
    discovered: sqlBoolean(row.discovered),
    media: sqlBoolean(row.media),
  }));
  if (query.q == null) return actors;
  // The gazetteer is small (tens of actors): matching names here is simpler than in SQL.
  const wanted = fold(query.q);
  return actors.filter((actor) => [actor.name, ...actor.aliases].some((name) => fold(name).includes(wanted)));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
