// An actor's events at a glance: how many per year, and the first and last few. The actor page draws
// this without loading every event, however many name the actor.
import type { Precision } from '../../extract/types';
import { prisma } from '../client';

export interface EventBrief {
  id: string;
  title: string;
  start: string;
  end: string;
  precision: Precision;
}

export interface ActorEventOverview {
  /** Years in which events naming the actor start, in order, with how many start in each. */
  years: { year: string; count: number }[];
  /** The first events naming the actor, in (start, end, id) order. */
  earliest: EventBrief[];
  /** The last events naming the actor, in the same order, never repeating one of `earliest`. */
  latest: EventBrief[];
}

/**
 * Events naming the actor itself (the timeline's `actor=<slug>&affiliated=false`), at most `ends`
 * from each end. Unknown slugs have no events.
 */
export async function getActorEventOverview(slug: string, ends = 5): Promise<ActorEventOverview> {
  // Joins from the (actorId, eventId) index, so only this actor's events are read.
  const [years, earliest, latest] = await Promise.all([
    prisma.$queryRaw<{ year: string; count: number | bigint }[]>`
      SELECT substr(e.start, 1, 4) AS year, COUNT(*) AS count
      FROM "Actor" a JOIN "EventActor" ea ON ea.actorId = a.id JOIN "Event" e ON e.id = ea.eventId
      WHERE a.slug = ${slug}
      GROUP BY year ORDER BY year`,
    prisma.$queryRaw<EventBrief[]>`
      SELECT e.id, e.title, e.start, e."end" AS "end", e.precision
      FROM "Actor" a JOIN "EventActor" ea ON ea.actorId = a.id JOIN "Event" e ON e.id = ea.eventId
      WHERE a.slug = ${slug}
      ORDER BY e.start, e."end", e.id LIMIT ${ends}`,
    prisma.$queryRaw<EventBrief[]>`
      SELECT e.id, e.title, e.start, e."end" AS "end", e.precision
      FROM "Actor" a JOIN "EventActor" ea ON ea.actorId = a.id JOIN "Event" e ON e.id = ea.eventId
      WHERE a.slug = ${slug}
      ORDER BY e.start DESC, e."end" DESC, e.id DESC LIMIT ${ends}`,
  ]);
  const shown = new Set(earliest.map((event) => event.id));
  return {
    years: years.map((row) => ({ year: row.year, count: Number(row.count) })),
    earliest,
    latest: latest.filter((event) => !shown.has(event.id)).reverse(),
  };
}
