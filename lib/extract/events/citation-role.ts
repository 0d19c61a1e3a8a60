import type { Token } from '../language';
import { DESCRIBING_CLAUSE_AFTER } from '../lexicon/en/mentions';
import type { CitationRole } from '../types';
import type { Span } from './clause-spans';
import { BOUND_BEFORE, BOUND_REACH } from './happening-patterns';
import { timingWordsStart } from './timing-words';
import type { DatedHappening } from './types';

export interface RoleReading {
  role: CitationRole;
  roleBasis: string | null;
}

const REPORT: RoleReading = { role: 'report', roleBasis: null };

/**
 * Whether the clause reports its happening or only mentions it, with the words that make it a
 * mention: a bare date that names no happening of its own ("since May 3", "knew nothing of May 3"),
 * or a happening noun that only times another clause ("Since the Vell strike, Acme has …"), unless a
 * clause after the noun tells what happened in it ("since the strike, in which 40 died").
 */
export function citationRole(sentence: string, tokens: Token[], clause: Span, item: DatedHappening): RoleReading {
  const { mention, happening } = item;
  if (happening === null) {
    const before = sentence.slice(Math.max(clause.start, mention.index - BOUND_REACH), mention.index);
    const bound = BOUND_BEFORE.exec(before);
    return mentionOf(sentence, clause, bound ? mention.index - before.length + bound.index : mention.index, mention.end);
  }
  const start = timingWordsStart(tokens, happening, { throughDates: true });
  if (start === null) return REPORT;
  // The date that times the noun belongs to its naming when it follows it ("the strike on May 3").
  const dateAfter = mention.index > happening.index && !/[,;]/u.test(sentence.slice(happening.end, mention.index));
  const end = dateAfter ? Math.max(happening.end, mention.end) : happening.end;
  return DESCRIBING_CLAUSE_AFTER.test(sentence.slice(end)) ? REPORT : mentionOf(sentence, clause, start, end);
}

/** The words as the quote has them: a quote is its clause, which may begin after the timing word. */
function mentionOf(sentence: string, clause: Span, start: number, end: number): RoleReading {
  return { role: 'mention', roleBasis: sentence.slice(Math.max(start, clause.start), Math.min(end, clause.end)) };
}
