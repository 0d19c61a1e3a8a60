// Lanes of the timeline when grouped by actor: every actor folds into the lane of its affiliation
// root (Haniyeh → Hamas, Quds Force → IRGC → Iran), and each affiliated actor can be expanded as a
// nested lane of its own. The root lane shows everything its bloc did; nested lanes break it down.
import type { Grouping } from '../query/timeline-window';

export interface LaneActor {
  slug: string;
  name: string;
  kind: string;
  /** Slug of the actor this one belongs to, or null. */
  affiliation: string | null;
}

export interface LaneSource {
  slug: string;
  title: string;
}

/** A lane as vis-timeline's groups take it. */
export interface Lane {
  id: string;
  content: string;
  /** Ids of nested lanes, for root lanes that have some. */
  nestedGroups?: string[];
  showNested?: boolean;
  /** Sort key: root lanes by name; the lane of events naming no actor last. */
  order: string;
}

/** The lane of events that name no actor; slugs never contain an underscore, so it cannot clash. */
export const NO_ACTOR_LANE = '_none';

/** Which root lane each actor folds into. Unknown affiliations and cycles stop the climb. */
export function affiliationRoots(actors: LaneActor[]): Map<string, string> {
  const bySlug = new Map(actors.map((actor) => [actor.slug, actor]));
  const roots = new Map<string, string>();
  for (const actor of actors) {
    let current = actor;
    const seen = new Set([current.slug]);
    while (current.affiliation !== null && bySlug.has(current.affiliation) && !seen.has(current.affiliation)) {
      current = bySlug.get(current.affiliation)!;
      seen.add(current.slug);
    }
    roots.set(actor.slug, current.slug);
  }
  return roots;
}

/**
 * The lanes an event is drawn in: for actors, the root lane of each actor it names plus the nested
 * lane of each affiliated actor; for sources, each citing source; for none, the single unnamed lane.
 */
export function lanesOfEvent(
  event: { actors: string[]; sources: string[] },
  group: Grouping,
  roots: Map<string, string>,
): (string | null)[] {
  if (group === 'none') return [null];
  if (group === 'source') return [...new Set(event.sources)];
  if (event.actors.length === 0) return [NO_ACTOR_LANE];
  const lanes = new Set<string>();
  for (const actor of event.actors) {
    const root = roots.get(actor) ?? actor;
    lanes.add(root);
    if (root !== actor) lanes.add(actor);
  }
  return [...lanes];
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
  sources: LaneSource[],
  expanded: ReadonlySet<string> = new Set(),
): Lane[] {
  if (group === 'none') return [];
  const usedIds = new Set(used);
  if (group === 'source') {
    const titles = new Map(sources.map((source) => [source.slug, source.title]));
    return [...usedIds].map((id) => ({ id, content: titles.get(id) ?? id, order: (titles.get(id) ?? id).toLowerCase() }));
  }
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

const KIND_ORDER = ['state', 'organization', 'unit', 'person'];

function byKindThenName(a: LaneActor, b: LaneActor): number {
  const kind = kindRank(a.kind) - kindRank(b.kind);
  return kind !== 0 ? kind : a.name.localeCompare(b.name);
}

function kindRank(kind: string): number {
  const rank = KIND_ORDER.indexOf(kind);
  return rank < 0 ? KIND_ORDER.length : rank;
}
