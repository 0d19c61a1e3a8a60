// Which actors the timeline's actor picker lists, in what order. Most corpora name a few actors
// often and list many that no event names: those wait behind "Show all".
import { byEventsThenName } from '@/lib/actor-list/by-events-then-name';
import type { ActorListing } from '@/lib/db/queries';

export interface PickerView {
  selected: readonly string[];
  /** Text typed in the picker's search: it looks through every actor, with events or not. */
  query: string;
  showAll: boolean;
}

export interface PickerList {
  shown: ActorListing[];
  /** Actors left out only because no event names them (0 once "Show all" or a search is on). */
  withoutEvents: number;
}

/** By events naming the actor, most first, then by name and slug; chosen actors are always listed. */
export function pickerActors(actors: readonly ActorListing[], view: PickerView): PickerList {
  const needle = fold(view.query);
  const ordered = [...actors].sort(byEventsThenName);
  if (needle !== '') {
    const shown = ordered.filter((actor) => view.selected.includes(actor.slug) || [actor.name, ...actor.aliases].some((name) => fold(name).includes(needle)));
    return { shown, withoutEvents: 0 };
  }
  const shown = ordered.filter((actor) => view.showAll || actor.eventCount > 0 || view.selected.includes(actor.slug));
  return { shown, withoutEvents: ordered.length - shown.length };
}

/** Case and diacritics do not matter when looking for a name. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
