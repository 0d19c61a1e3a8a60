import { CLAUSE_SEPARATORS, CLAUSE_TRIM_END, CLAUSE_TRIM_START } from '../lexicon/en/clauses';
import type { DatedHappening } from './types';
import { globalMatches } from '../text/global-matches';

export interface Span {
  start: number;
  end: number;
}

/**
 * The clause quoted for each dated happening, as offsets in the sentence. One happening (or several
 * sharing words, like "founded in 1987 at the onset of …") quotes the whole sentence; otherwise the
 * sentence is cut between them at the strongest separator.
 */
export function clauseSpans(sentence: string, items: DatedHappening[]): Span[] {
  const cores = items.map(coreOf);
  const groups = groupOverlapping(cores);
  if (groups.length <= 1) return items.map(() => ({ start: 0, end: sentence.length }));
  const cuts = groups.slice(1).map((group, i) => cutBetween(sentence, groups[i].end, group.start));
  const clauses = groups.map((_, i) => trim(sentence, i === 0 ? 0 : cuts[i - 1].after, i === groups.length - 1 ? sentence.length : cuts[i].before));
  return cores.map((core) => clauses[groups.findIndex((group) => core.start >= group.start && core.end <= group.end)]);
}

/** What a clause must hold: the happening and its date, or for one coordinated with another ("X, as well as Y, <date>") the happening alone. */
function coreOf({ mention, happening, attachment }: DatedHappening): Span {
  if (happening && attachment === 'coordinated') return { start: happening.index, end: happening.end };
  return happening
    ? { start: Math.min(mention.index, happening.index), end: Math.max(mention.end, happening.end) }
    : { start: mention.index, end: mention.end };
}

function groupOverlapping(cores: Span[]): Span[] {
  const groups: Span[] = [];
  for (const core of [...cores].sort((a, b) => a.start - b.start)) {
    const last = groups.at(-1);
    if (last && core.start <= last.end) last.end = Math.max(last.end, core.end);
    else groups.push({ ...core });
  }
  return groups;
}

/** The separator between two happenings: the clause before ends at `before`, the next starts at `after`. */
function cutBetween(sentence: string, from: number, to: number): { before: number; after: number } {
  const gap = sentence.slice(from, to);
  for (const separator of CLAUSE_SEPARATORS) {
    const last = globalMatches(separator, gap).at(-1);
    if (last) return { before: from + last.index, after: from + last.index + last[0].length };
  }
  return { before: from, after: from };
}

function trim(sentence: string, start: number, end: number): Span {
  const text = sentence.slice(start, end);
  const lead = CLAUSE_TRIM_START.exec(text)?.[0].length ?? 0;
  const tail = CLAUSE_TRIM_END.exec(text.slice(lead))?.[0].length ?? 0;
  return { start: start + lead, end: end - tail };
}
