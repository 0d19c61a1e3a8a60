// Every stored actor with how many events name it, as a plain-text table for the terminal.
import type { ActorListing } from '../db/queries';
import { byEventsThenName } from './by-events-then-name';

const HEADER = { events: 'events', slug: 'slug', kind: 'kind', name: 'name' };

/** One line per actor, most events first; `found in the text` and `news outlet` mark the others. */
export function actorTable(actors: readonly ActorListing[]): string {
  const sorted = [...actors].sort(byEventsThenName);
  const rows = sorted.map((actor) => ({
    events: String(actor.eventCount),
    slug: actor.slug,
    kind: actor.kind,
    name: [actor.name, actor.discovered ? '(found in the text)' : '', actor.media ? '(news outlet)' : ''].filter(Boolean).join(' '),
  }));
  const width = (key: keyof typeof HEADER) => Math.max(HEADER[key].length, ...rows.map((row) => row[key].length));
  const [events, slug, kind] = [width('events'), width('slug'), width('kind')];
  const line = (row: typeof HEADER) => `${row.events.padStart(events)}  ${row.slug.padEnd(slug)}  ${row.kind.padEnd(kind)}  ${row.name}`.trimEnd();
  const discovered = actors.filter((actor) => actor.discovered).length;
  const closing = `${actors.length} actors, ${discovered} of them found in the text`;
  return [line(HEADER), ...rows.map(line), closing].join('\n') + '\n';
}
