import type { ActorIndex } from './actor-index';
import type { Candidate } from './candidate';
import { explicitNounAfter } from './explicit-noun-after';
import { longer } from './longer';
import { resolveRole } from './resolve-role';
import type { DateSpan } from './tenure-overlaps';
import type { Token } from './tokenize';
import { STATE_ACTION_NOUNS } from './words';
import { FUNCTION_WORDS } from '../lexicon/en/function-words';

const STATE_ACTIONS = new Set(STATE_ACTION_NOUNS);
const PHRASE_ENDS = new Set(FUNCTION_WORDS);

/**
 * Phrases that start with an actor's name or demonym: the name alone ("Acme’s"), one of its roles
 * ("Ruritania’s foreign minister", "RDF commander", "the Ruritanian foreign minister") or, after a demonym,
 * a role noun naming the state ("Ruritanian officials"). Longest wins; on a tie the alias does
 * ("Ruritanian forces" is the RDF, not Ruritania).
 */
export function matchPossessorPhrase(index: ActorIndex, tokens: readonly Token[], at: number, date: DateSpan | null): Candidate | null {
  let best: Candidate | null = null;
  const alias = index.aliases.longest(tokens, at);
  if (alias) {
    const slug = alias.values[0];
    best = { start: at, end: alias.end, slug, rule: 'alias', introduces: explicitNounAfter(index, tokens, alias.end) };
    best = longer(best, roleAfter(index, tokens, at, slug, alias.end, date));
  }
  const demonym = index.demonyms.longest(tokens, at);
  if (demonym) {
    const slug = demonym.values[0];
    best = longer(best, roleAfter(index, tokens, at, slug, demonym.end, date));
    const continues = tokens[demonym.end]?.joined && !tokens[demonym.end - 1].possessive;
    const noun = continues ? index.roleNouns.longest(tokens, demonym.end) : null;
    if (noun && !modifiesNounAfter(tokens, noun.end, noun.values[0])) best = longer(best, { start: at, end: noun.end, slug, rule: 'demonym-role', introduces: explicitNounAfter(index, tokens, demonym.end) });
  }
  return best;
}

/** "Ruritania’s foreign minister": a title of the actor right after its name, resolved to the holder. */
function roleAfter(index: ActorIndex, tokens: readonly Token[], at: number, slug: string, end: number, date: DateSpan | null): Candidate | null {
  const title = tokens[end]?.joined ? index.titlesOf.get(slug)?.longest(tokens, end) : null;
  if (!title) return null;
  const holder = resolveRole(title.values, slug, date);
  return { start: at, end: title.end, slug: holder, rule: 'role', introduces: null, ...(holder === slug ? {} : { owner: slug }) };
}

/** "the Ruritanian civil war rift": what a state carries out names it only as the phrase's head, before a function word or punctuation. */
export function modifiesNounAfter(tokens: readonly Token[], end: number, noun: string): boolean {
  const next = tokens[end];
  return STATE_ACTIONS.has(noun) && next !== undefined && next.joined && !PHRASE_ENDS.has(next.key);
}
