/** Most events first, then by name and slug: the order in which a reader looks actors over. */
export function byEventsThenName(a: { eventCount: number; name: string; slug: string }, b: { eventCount: number; name: string; slug: string }): number {
  return b.eventCount - a.eventCount || a.name.localeCompare(b.name, 'en') || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}
