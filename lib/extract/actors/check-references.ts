import type { GazetteerProblem } from './gazetteer-problem';
import type { ActorEntry } from './types';

/** Every affiliation and role `of` must name an actor of the gazetteer. */
export function checkReferences(actors: readonly ActorEntry[]): GazetteerProblem[] {
  const slugs = new Set(actors.map((actor) => actor.slug));
  const problems: GazetteerProblem[] = [];
  actors.forEach((actor, index) => {
    if (actor.affiliation !== null && !slugs.has(actor.affiliation)) {
      problems.push({ path: ['actors', index, 'affiliation'], message: `affiliation '${actor.affiliation}' of '${actor.slug}' is not a known slug` });
    }
    actor.roles.forEach((role, i) => {
      if (!slugs.has(role.of)) problems.push({ path: ['actors', index, 'roles', i, 'of'], message: `role '${role.title}' of '${actor.slug}' is of '${role.of}', which is not a known slug` });
    });
  });
  return problems;
}
