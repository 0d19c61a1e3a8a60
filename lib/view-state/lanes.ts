// Lanes of the timeline when grouped by actor: every actor folds into the lane of its affiliation
// root (Haniyeh → Hamas, Quds Force → IRGC → Iran), and each affiliated actor can be expanded as a
// nested lane of its own. The root lane shows everything its bloc did; nested lanes break it down.
// A news outlet is an actor of the reports it publishes, not of the happenings: it has a lane only
// when the filter names it (the same rule as the server's clusters, lib/db/queries/cluster-lanes.ts).
// Grouped by source, the sources the server chose have lanes and the rest share one.
import { OTHER_SOURCES_LANE, type Grouping, type SourceLanes } from '../query/timeline-window';

export interface LaneActor {
  slug: string;
  name: string;
  kind: string;
  /** Slug of the actor this one belongs to, or null. */
  affiliation: string | null;
  /** A news outlet: its own lane only, and only when the filter names it. */
  media?: boolean;
}

/** A lane as vis-timeline's groups take it. */
export interface Lane {
  id: string;
  content: string;
  /** Ids of nested lanes, for root lanes that have some. */
  nestedGroups?: string[];
  showNested?: boolean;
  /** Sort key: root lanes by name; the lanes of events naming no actor and of other sources last. */
  order: string;
}

/** The lane of events that name no actor; slugs never contain an underscore, so it cannot clash. */
export const NO_ACTOR_LANE = '_none';

/**
 * Which root lane each actor folds into; null for a news outlet that `named` (the filter's actors)
 * leaves out: it is drawn in no lane. Unknown affiliations, news outlets and cycles stop the climb.
 */
export function affiliationRoots(actors: LaneActor[], named: readonly string[] = []): Map<string, string | null> {
  const bySlug = new Map(actors.map((actor) => [actor.slug, actor]));
  const roots = new Map<string, string | null>();
  for (const actor of actors) {
    if (actor.media === true) {
      roots.set(actor.slug, named.includes(actor.slug) ? actor.slug : null);
      continue;
    }
    let current = actor;
    const seen = new Set([current.slug]);
    while (current.affiliation !== null && bySlug.has(current.affiliation) && !seen.has(current.affiliation) && bySlug.get(current.affiliation)!.media !== true) {
      current = bySlug.get(current.affiliation)!;
      seen.add(current.slug);
    }
    roots.set(actor.slug, current.slug);
  }
  return roots;
}

/**
 * The lanes an event is drawn in: for actors, the root lane of each actor it names plus the nested
 * lane of each affiliated actor (an event naming only actors without a lane goes with the events
 * naming none); for sources, see sourceLanesOfEvent; for none, the single unnamed lane.
 */
export function lanesOfEvent(
  event: { actors: string[]; sources: string[] },
  group: Grouping,
  roots: Map<string, string | null>,
  sourceLanes: SourceLanes | null = null,
): (string | null)[] {
  if (group === 'none') return [null];
  if (group === 'source') return sourceLanesOfEvent(event.sources, sourceLanes);
  const lanes = new Set<string>();
  for (const actor of event.actors) {
    const root = roots.has(actor) ? roots.get(actor)! : actor;
    if (root === null) continue;
    lanes.add(root);
    if (root !== actor) lanes.add(actor);
  }
  return lanes.size === 0 ? [NO_ACTOR_LANE] : [...lanes];
}

/**
 * An event's source lanes: each citing source that has a lane, and the other sources' lane once
 * when any other source cites it too. Without a choice of lanes (null), every citing source.
 */
function sourceLanesOfEvent(sources: string[], sourceLanes: SourceLanes | null): string[] {
  const citing = [...new Set(sources)];
  if (sourceLanes === null) return citing;
  const own = citing.filter((slug) => sourceLanes.sources.some((source) => source.slug === slug));
  return sourceLanes.otherSources > 0 && own.length < citing.length ? [...own, OTHER_SOURCES_LANE] : own;
}

/** Whether two answers put every event in the same source lanes (their counts may differ). */
export function sameSourceLanes(a: SourceLanes | null, b: SourceLanes | null): boolean {
  if (a === null || b === null) return a === b;
  const slugs = (lanes: SourceLanes) => lanes.sources.map((source) => source.slug).join(' ');
  return slugs(a) === slugs(b) && (a.otherSources > 0) === (b.otherSources > 0);
}

/** The vis-timeline id of an event's item in a lane: `<eventId>@<lane>`, or the bare id without lanes. */
export function laneItemId(eventId: string, lane: string | null): string {
  return lane === null ? eventId : `${eventId}@${lane}`;
}

/** The event id back from an item id. */
export function eventIdOfItem(itemId: string): string {
  const at = itemId.indexOf('@');
  return at < 0 ? itemId : itemId.slice(0, at);
}

/**
 * The lanes to draw for the lane ids in use: root lanes with their used nested lanes (collapsed
 * unless listed in `expanded`), organisations and states before people inside a root.
 */
export function buildLanes(
  used: Iterable<string>,
  group: Grouping,
  actors: LaneActor[],
  sourceLanes: SourceLanes | null,
  expanded: ReadonlySet<string> = new Set(),
): Lane[] {
  if (group === 'none') return [];
  const usedIds = new Set(used);
  if (group === 'source') return [...usedIds].map((id) => sourceLane(id, sourceLanes));
  const bySlug = new Map(actors.map((actor) => [actor.slug, actor]));
  const roots = affiliationRoots(actors);
  const nested = new Map<string, LaneActor[]>();
  const rootIds = new Set<string>();
  for (const id of usedIds) {
    const root = roots.get(id) ?? id;
    rootIds.add(root);
    if (root !== id && bySlug.has(id)) nested.set(root, [...(nested.get(root) ?? []), bySlug.get(id)!]);
  }
  const lanes: Lane[] = [];
  for (const root of rootIds) {
    const name = root === NO_ACTOR_LANE ? 'No actor named' : (bySlug.get(root)?.name ?? root);
    const children = (nested.get(root) ?? []).sort(byKindThenName);
    lanes.push({
      id: root,
      content: name,
      order: root === NO_ACTOR_LANE ? '\uffff' : name.toLowerCase(),
      ...(children.length > 0 ? { nestedGroups: children.map((child) => child.slug), showNested: expanded.has(root) } : {}),
    });
    children.forEach((child, index) => {
      lanes.push({ id: child.slug, content: child.name, order: `${name.toLowerCase()} ${String(index).padStart(4, '0')}` });
    });
  }
  return lanes;
}

/** A source's lane, by title (the slug until the server's answer names it); other sources last. */
function sourceLane(id: string, sourceLanes: SourceLanes | null): Lane {
  if (id === OTHER_SOURCES_LANE) {
    return { id, content: `Other sources (${(sourceLanes?.otherSources ?? 0).toLocaleString('en-US')})`, order: '\uffff' };
  }
  const title = sourceLanes?.sources.find((source) => source.slug === id)?.title ?? id;
  return { id, content: title, order: title.toLowerCase() };
}

const KIND_ORDER = ['state', 'organization', 'group', 'unit', 'person'];

function byKindThenName(a: LaneActor, b: LaneActor): number {
  const kind = kindRank(a.kind) - kindRank(b.kind);
  return kind !== 0 ? kind : a.name.localeCompare(b.name);
}

function kindRank(kind: string): number {
  const rank = KIND_ORDER.indexOf(kind);
  return rank < 0 ? KIND_ORDER.length : rank;
}
