// An independent statement of the filter semantics, over events read without any filter: the
// query layer's SQL must select exactly what this plain JavaScript selects.
import type { ActorListing, TimelineEvent } from '../../lib/db/queries';
import type { EventFilter } from '../../lib/query/event-filter';

export function expectedEvents(events: TimelineEvent[], actors: ActorListing[], filter: EventFilter): TimelineEvent[] {
  return events.filter((event) => {
    const named = new Set(event.actors.map((actor) => actor.slug));
    const standsFor = (slug: string) => [...named].some((name) => leadsTo(actors, name, slug, filter.affiliated));
    if (filter.actors.length > 0) {
      const hits = filter.actors.filter(standsFor);
      if (filter.mode === 'any' ? hits.length === 0 : hits.length < filter.actors.length) return false;
    }
    if (filter.sources.length > 0 && !event.citations.some((c) => filter.sources.includes(c.source))) return false;
    if (filter.from !== null && event.end < filter.from) return false;
    if (filter.to !== null && event.start > filter.to) return false;
    if (filter.precisions.length > 0 && !filter.precisions.includes(event.precision)) return false;
    if (filter.q !== null && !matchesText(event, filter.q)) return false;
    return true;
  });
}

/** Whether `actor` is `target` or, with affiliations, belongs to it through a chain. */
function leadsTo(actors: ActorListing[], actor: string, target: string, affiliated: boolean): boolean {
  let current: string | null = actor;
  while (current !== null) {
    if (current === target) return true;
    if (!affiliated) return false;
    current = actors.find((a) => a.slug === current)?.affiliation ?? null;
  }
  return false;
}

/** Every word of the query occurs, its last token as a prefix, ignoring case and diacritics. */
function matchesText(event: TimelineEvent, q: string): boolean {
  const tokens = words([event.title, event.summary, ...event.citations.map((c) => c.quote)].join(' '));
  return q.split(/\s+/).every((word) => {
    const phrase = words(word);
    if (phrase.length === 0) return true;
    return tokens.some((_, i) => phrase.every((part, j) =>
      j === phrase.length - 1 ? tokens[i + j]?.startsWith(part) : tokens[i + j] === part));
  }) && words(q).length > 0;
}

function words(text: string): string[] {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}\p{Co}]+/gu) ?? [];
}
