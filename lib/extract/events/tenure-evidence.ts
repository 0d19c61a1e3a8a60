// "Norway’s Minister of Transport, Ola Brekke": an article naming someone in a role was written
// during that tenure, so it was written no earlier than the tenure began.

import type { ActorEntry, Gazetteer } from '../actors/types';

export interface TenureEvidence {
  /** The tenure's first day (a partial start is taken at its first day). */
  date: string;
  basis: string;
}

/** How far before a name its role title may sit: "Chief of the Defence Staff, General Maria Lopez". */
const TITLE_REACH = 80;
/** Between title and name: commas and capitalised rank words only ("Lieutenant General"). */
const TITLE_NAME_GAP = /^[\s,]*(?:\p{Lu}[\p{L}.-]*\s+)*$/u;
/** A title qualified so it is not the current tenure. */
const NOT_CURRENT = /\b(?:former|ex|then|late|previous|future|incoming|next|acting)\b[\s-]+(?:[\p{L}’'-]+\s+){0,2}$/iu;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function ownerWords(owner: ActorEntry | undefined): string[] {
  return owner ? [owner.name, ...owner.aliases, ...owner.demonyms] : [];
}

/** The latest tenure start among the roles the paragraphs name together with their holder. */
export function latestTenureStart(paragraphs: string[], gazetteer: Gazetteer): TenureEvidence | null {
  const bySlug = new Map(gazetteer.actors.map((actor) => [actor.slug, actor]));
  let best: TenureEvidence | null = null;
  for (const actor of gazetteer.actors) {
    const tenures = actor.roles.filter((role) => role.from);
    if (!tenures.length) continue;
    const names = new RegExp(`\\b(?:${[actor.name, ...actor.aliases].map(escape).join('|')})\\b`, 'gu');
    paragraphs.forEach((text, position) => {
      for (const name of text.matchAll(names)) {
        const window = text.slice(Math.max(0, name.index - TITLE_REACH), name.index).split(/[.;:!?]\s/u).pop()!;
        for (const role of tenures) {
          const title = new RegExp(`\\b${escape(role.title).replace(/\s+/g, '\\s+')}\\b`, 'giu');
          for (const found of window.matchAll(title)) {
            const before = window.slice(0, found.index);
            if (!TITLE_NAME_GAP.test(window.slice(found.index + found[0].length)) || NOT_CURRENT.test(before)) continue;
            if (!ownerWords(bySlug.get(role.of)).some((word) => new RegExp(`\\b${escape(word)}`, 'iu').test(before))) continue;
            const [year, month = '01', day = '01'] = role.from!.split('-');
            const date = `${year}-${month}-${day}`;
            if (best && best.date >= date) continue;
            best = { date, basis: `“${found[0]}” ${actor.name} (¶${position + 1}) in office from ${role.from}` };
          }
        }
      }
    });
  }
  return best;
}
