// One actor as its page shows it: who it is, whom it belongs to, who belongs to it, and the actors
// named alongside it in events.
import { EMPTY_FILTER } from '../../query/event-filter';
import { prisma } from '../client';
import { countEvents } from './count-events';
import { filterConditions } from './filter-condition';
import { sqlBoolean, type ActorSummary } from './views';

export interface ActorCount extends ActorSummary {
  count: number;
}

export interface ActorProfile extends ActorSummary {
  aliases: string[];
  /** For a discovered actor: why it is one, in words a reader can check; null for a curated one. */
  evidence: string | null;
  /** Upwards from the actor's own affiliation: for Quds Force, [IRGC, Iran]. */
  affiliationChain: ActorSummary[];
  /** Actors directly affiliated to this one, each with the events naming it. */
  members: ActorCount[];
  /** Events naming this actor itself. */
  eventCount: number;
  /** Events naming it or any actor whose affiliations lead to it: the timeline's default actor filter. */
  affiliatedEventCount: number;
  /** Actors named in the same events as this one, with how many events they share, most first. */
  coActors: ActorCount[];
}

/** Deeper chains than this are cut: they can only come from a cycle in the gazetteer. */
const MAX_CHAIN = 20;

/** The actor with this slug, or null if there is none. */
export async function getActorProfile(slug: string, coActorLimit = 10): Promise<ActorProfile | null> {
  const actor = await prisma.actor.findUnique({ where: { slug } });
  if (actor === null) return null;
  const [affiliationChain, members, eventCount, affiliatedEventCount, coActors] = await Promise.all([
    chainAbove(actor.id),
    prisma.$queryRaw<CountRow[]>`
      SELECT m.slug, m.name, m.kind, m.discovered, (SELECT COUNT(*) FROM "EventActor" ea WHERE ea.actorId = m.id) AS count
      FROM "Actor" m WHERE m.affiliationId = ${actor.id}
      ORDER BY m.name, m.slug`,
    prisma.eventActor.count({ where: { actorId: actor.id } }),
    countEvents((await filterConditions({ ...EMPTY_FILTER, actors: [slug] })).collecting),
    prisma.$queryRaw<CountRow[]>`
      SELECT a.slug, a.name, a.kind, a.discovered, COUNT(*) AS count
      FROM "EventActor" mine
      JOIN "EventActor" other ON other.eventId = mine.eventId AND other.actorId <> mine.actorId
      JOIN "Actor" a ON a.id = other.actorId
      WHERE mine.actorId = ${actor.id}
      GROUP BY a.id
      ORDER BY count DESC, a.name, a.slug
      LIMIT ${coActorLimit}`,
  ]);
  return {
    slug: actor.slug,
    name: actor.name,
    kind: actor.kind,
    discovered: actor.discovered,
    aliases: JSON.parse(actor.aliases) as string[],
    evidence: actor.evidence,
    affiliationChain,
    members: members.map(toActorCount),
    eventCount,
    affiliatedEventCount,
    coActors: coActors.map(toActorCount),
  };
}

interface SummaryRow extends Omit<ActorSummary, 'discovered'> {
  discovered: number | bigint;
}

interface CountRow extends SummaryRow {
  count: number | bigint;
}

function toActorCount(row: CountRow): ActorCount {
  return { slug: row.slug, name: row.name, kind: row.kind, discovered: sqlBoolean(row.discovered), count: Number(row.count) };
}

/** The actors above `id`, nearest first, stopping before any actor seen twice. */
async function chainAbove(id: number): Promise<ActorSummary[]> {
  const rows = await prisma.$queryRaw<(SummaryRow & { id: number | bigint })[]>`
    WITH RECURSIVE chain(id, depth) AS (
      SELECT affiliationId, 1 FROM "Actor" WHERE id = ${id} AND affiliationId IS NOT NULL
      UNION ALL
      SELECT a.affiliationId, chain.depth + 1
      FROM "Actor" a JOIN chain ON a.id = chain.id
      WHERE a.affiliationId IS NOT NULL AND chain.depth < ${MAX_CHAIN}
    )
    SELECT a.id, a.slug, a.name, a.kind, a.discovered FROM chain JOIN "Actor" a ON a.id = chain.id ORDER BY chain.depth`;
  const seen = new Set([id]);
  const chain: ActorSummary[] = [];
  for (const row of rows) {
    if (seen.has(Number(row.id))) break;
    seen.add(Number(row.id));
    chain.push({ slug: row.slug, name: row.name, kind: row.kind, discovered: sqlBoolean(row.discovered) });
  }
  return chain;
}
