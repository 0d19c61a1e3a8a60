import type { GazetteerProblem } from './gazetteer-problem';
import { phraseKey } from './phrase-key';
import type { ActorEntry } from './types';

/**
 * Slugs must be unique, and a spelling (name, alias or capital) or demonym may name only one actor,
 * since the recogniser could not tell which one a text means.
 */
export function checkDuplicates(actors: readonly ActorEntry[]): GazetteerProblem[] {
  const problems: GazetteerProblem[] = [];
  const slugs = new Map<string, number>();
  const spellings = new Map<string, string>();
  const demonyms = new Map<string, string>();
  actors.forEach((actor, index) => {
    const first = slugs.get(actor.slug);
    if (first !== undefined) problems.push({ path: ['actors', index, 'slug'], message: `duplicate slug '${actor.slug}' (first used by actor #${first + 1})` });
    else slugs.set(actor.slug, index);

    const claim = (owners: Map<string, string>, what: string, phrase: string, path: (string | number)[]) => {
      const key = phraseKey(phrase);
      const owner = owners.get(key);
      if (owner !== undefined && owner !== actor.slug) problems.push({ path, message: `duplicate ${what} '${phrase}': already names '${owner}'` });
      else owners.set(key, actor.slug);
    };
    claim(spellings, 'alias', actor.name, ['actors', index, 'name']);
    actor.aliases.forEach((alias, i) => claim(spellings, 'alias', alias, ['actors', index, 'aliases', i]));
    (actor.capitals ?? []).forEach((capital, i) => claim(spellings, 'alias', capital, ['actors', index, 'capitals', i]));
    actor.demonyms.forEach((demonym, i) => claim(demonyms, 'demonym', demonym, ['actors', index, 'demonyms', i]));
  });
  return problems;
}
