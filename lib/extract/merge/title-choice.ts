import { likeCase } from '../events/inflect';
import type { ExtractedEvent, Naming } from '../types';
import { sortedUnion } from './sorted-union';
import { titleRank } from './title-rank';

/** The namings of an event: those merging gathered, or the one its own report gives. */
export function namingsOf(event: ExtractedEvent): Naming[] {
  if (event.namings) return event.namings;
  const word = event.signature?.word;
  if (word === undefined) return [];
  const sources = [...new Set(event.citations.map((citation) => citation.source))].sort();
  return [{ word, plain: word === event.signature?.family, sources, title: event.title, summary: event.summary, rank: [namesWord(event.title, word) ? 0 : 1, ...titleRank(event)] }];
}

/** Whether a title says the word ("attacks", "meets" for `attack`, `meet`): one titled from another clause of its sentence does not. */
function namesWord(title: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}])${escape(word.replace(/e$/u, ''))}`, 'iu').test(title);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The title and summary of a merged event from several sources: the best-formed title (see
 * titleRank) if it says the shared word ("Outbreak of the civil war" for `war`), else the shared
 * word's own title. When the best-formed title names the happening with another word
 * ("Vell massacre") and the shared word is the plainer, the shared word takes its place
 * ("Vell attack"); the summary stays that report's own words.
 */
export function mergedTitle(namings: Naming[]): { title: string; summary: string } | null {
  const chosen = chooseNaming(namings);
  if (!chosen) return null;
  const best = namings.reduce((a, b) => (betterTitle(a, b) ? a : b));
  if (namesWord(best.title, chosen.word)) return best;
  if (!chosen.plain) return chosen;
  const own = new RegExp(`(?<![\\p{L}])${escape(best.word)}(?=s?(?![\\p{L}]))`, 'iu');
  const written = own.exec(best.title)?.[0];
  return written === undefined ? chosen : { title: best.title.replace(own, likeCase(chosen.word, written)), summary: best.summary };
}

/** Both events' namings, one per word: the sources of both, the better title of the two. */
export function combineNamings(a: Naming[], b: Naming[]): Naming[] {
  const byWord = new Map<string, Naming>();
  for (const naming of [...a, ...b]) {
    const known = byWord.get(naming.word);
    if (!known) byWord.set(naming.word, naming);
    else byWord.set(naming.word, { ...(betterTitle(known, naming) ? known : naming), sources: sortedUnion(known.sources, naming.sources) });
  }
  return [...byWord.values()].sort((x, y) => (x.word < y.word ? -1 : x.word > y.word ? 1 : 0));
}

/**
 * The naming a merged event is titled with, when its reports come from several sources: a word
 * two or more sources share; among those the plainest of its kind ("attack" over "massacre", even
 * when more sources say "massacre"), then the most shared; then the better title. Null with one
 * source: there is no shared wording to choose, and the best title serves (see titleRank).
 */
function chooseNaming(namings: Naming[]): Naming | null {
  const sources = new Set(namings.flatMap((naming) => naming.sources));
  if (sources.size < 2) return null;
  return [...namings].sort(compareNamings)[0] ?? null;
}

function compareNamings(a: Naming, b: Naming): number {
  const shared = Number(b.sources.length >= 2) - Number(a.sources.length >= 2);
  if (shared !== 0) return shared;
  if (a.plain !== b.plain) return a.plain ? -1 : 1;
  if (a.sources.length !== b.sources.length) return b.sources.length - a.sources.length;
  return betterTitle(a, b) ? -1 : 1;
}

/** Whether `a`'s title serves better than `b`'s; the text breaks ties, so no choice depends on merge order. */
function betterTitle(a: Naming, b: Naming): boolean {
  for (let i = 0; i < a.rank.length; i++) if (a.rank[i] !== b.rank[i]) return a.rank[i] < b.rank[i];
  return a.title === b.title ? a.summary <= b.summary : a.title < b.title;
}
