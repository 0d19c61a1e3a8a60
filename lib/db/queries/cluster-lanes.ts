// The lanes clusters are split into (group=actor, source or none), as SQL pieces shared by the
// counted clusters (window-clusters.ts) and the pre-counted ones (lane-count-clusters.ts).
import { Prisma } from '../../generated/prisma/client';
import type { Grouping } from '../../query/timeline-window';

/** How the events `e` of a query are split into lanes and counted per lane. */
export interface EventLanes {
  /** Joins each event's lanes; an event without any has the lane id 0. */
  join: Prisma.Sql;
  laneId: Prisma.Sql;
  /** An event counts once per lane, also when one source cites it several times. */
  count: Prisma.Sql;
}

/**
 * With group=actor, a news outlet (Actor.media) has no lane unless `named` (the filter's actor slugs)
 * names it: it is an actor of the reports it publishes, not of the happenings they report. An event
 * naming only such outlets counts with the events naming no actor. The seed's LaneCount follows the
 * same rule for the unfiltered timeline (lib/seed/lane-counts.ts).
 */
export function eventLanes(group: Grouping, named: readonly string[] = []): EventLanes {
  switch (group) {
    case 'none':
      return { join: Prisma.empty, laneId: Prisma.sql`0`, count: Prisma.sql`COUNT(*)` };
    case 'actor':
      return {
        join: Prisma.sql`LEFT JOIN "EventActor" ea ON ea.eventId = e.id AND ea.actorId NOT IN (${unlanedActorIds(named)})`,
        laneId: Prisma.sql`coalesce(ea.actorId, 0)`,
        count: Prisma.sql`COUNT(*)`,
      };
    case 'source':
      return {
        join: Prisma.sql`LEFT JOIN "Citation" c ON c.eventId = e.id`,
        laneId: Prisma.sql`coalesce(c.sourceId, 0)`,
        count: Prisma.sql`COUNT(DISTINCT e.id)`,
      };
  }
}

/** The ids of the news outlets `named` leaves out. */
function unlanedActorIds(named: readonly string[]): Prisma.Sql {
  const exceptNamed = named.length === 0 ? Prisma.empty : Prisma.sql` AND slug NOT IN (${Prisma.join(named)})`;
  return Prisma.sql`SELECT id FROM "Actor" WHERE media${exceptNamed}`;
}

/** The slug of the lane `t.laneId`, as `lane.slug` after laneJoin. */
export function laneSlug(group: Grouping): Prisma.Sql {
  return group === 'none' ? Prisma.sql`NULL` : Prisma.sql`lane.slug`;
}

/** Lane id 0 (no actor, no source) matches no row, so its slug is null. */
export function laneJoin(group: Grouping): Prisma.Sql {
  switch (group) {
    case 'none':
      return Prisma.empty;
    case 'actor':
      return Prisma.sql`LEFT JOIN "Actor" lane ON lane.id = t.laneId`;
    case 'source':
      return Prisma.sql`LEFT JOIN "Source" lane ON lane.id = t.laneId`;
  }
}
