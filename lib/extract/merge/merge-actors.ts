/** The actors merging compares: every actor an event's clauses name, not only its participants. */
export function mergeActors(event: { actors: string[]; clauseActors?: string[] }): string[] {
  return event.clauseActors ?? event.actors;
}
