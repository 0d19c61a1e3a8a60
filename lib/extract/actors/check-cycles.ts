import type { GazetteerProblem } from './gazetteer-problem';
import type { ActorEntry } from './types';

/** Affiliations must form a forest: an actor cannot, through its chain, belong to itself. */
export function checkCycles(actors: readonly ActorEntry[]): GazetteerProblem[] {
  const affiliationOf = new Map(actors.map((actor) => [actor.slug, actor.affiliation]));
  const reported = new Set<string>();
  const problems: GazetteerProblem[] = [];
  actors.forEach((actor, index) => {
    const chain = [actor.slug];
    for (let next = actor.affiliation; next !== null && next !== undefined; next = affiliationOf.get(next) ?? null) {
      if (next === actor.slug) {
        if (!chain.some((slug) => reported.has(slug))) {
          problems.push({ path: ['actors', index, 'affiliation'], message: `affiliation cycle: ${[...chain, next].join(' → ')}` });
        }
        chain.forEach((slug) => reported.add(slug));
        break;
      }
      if (chain.includes(next)) break; // a cycle further up, reported at one of its own members
      chain.push(next);
    }
  });
  return problems;
}
