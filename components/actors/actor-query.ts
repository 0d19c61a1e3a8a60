// The actors list's `q` parameter. A search box must never break the page: text we cannot use is
// reported next to the box and the whole list shown instead.

export const MAX_ACTOR_QUERY = 100;

export type ActorQuery = { q: string; problem: null } | { q: ''; problem: string };

/** Reads `q` as Next hands over search params: absent, once, or repeated. */
export function parseActorQuery(value: string | string[] | undefined): ActorQuery {
  if (value === undefined) return { q: '', problem: null };
  if (Array.isArray(value)) return { q: '', problem: 'Search with one q parameter only; showing every actor.' };
  const q = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (q.length > MAX_ACTOR_QUERY) {
    return { q: '', problem: `Search text is at most ${MAX_ACTOR_QUERY} characters; showing every actor.` };
  }
  if (/[\u0000-\u001f\u007f]/.test(q)) return { q: '', problem: 'Search text contains control characters; showing every actor.' };
  return { q, problem: null };
}
