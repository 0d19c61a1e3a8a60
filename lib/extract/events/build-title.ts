import type { ActorMention } from '../actors/types';
import { isDemonymPlural } from '../actors/country-index';
import { isCommonPlural, type Token } from '../language';
import { NEGATIONS } from '../lexicon/en/happenings';
import { POSSESSIVE_PRONOUNS } from '../lexicon/en/participants';
import { FIRST_PERSON, GROUP_PRONOUNS, PERSON_PRONOUNS, PREDICATE_COORDINATORS, RELATIVE_PRONOUNS } from '../lexicon/en/titles';
import { DATE_POS } from './date-tokens';
import { likeCase, pastParticiple, presentSingular } from './inflect';
import { objectAfter, phraseText, subjectBefore, trimPhrase } from './title-phrases';
import type { Antecedent } from './antecedents';
import type { Happening } from './types';
import { isCompoundEnd } from './compound-word';

export interface TitleParts {
  sentence: string;
  /** The sentence's tokens, the words of its dates tagged DATE_POS. */
  tokens: Token[];
  clause: { start: number; end: number };
  happening: Happening;
  actors: ActorMention[];
  /** The actor a pronoun subject refers to ("he" → the person named last before), or null when unknown. */
  antecedent: (pronoun: string) => Antecedent | null;
}

export interface Title {
  text: string;
  /** The actor a pronoun subject was taken for: the happening's actor too. */
  subjectActor: string | null;
}

const PRONOUN = new Set([...PERSON_PRONOUNS, ...GROUP_PRONOUNS]);
const PERSON = new Set(PERSON_PRONOUNS);
/** Up to this many words before an event noun are its modifiers ("Spanish civil war"). */
const NOUN_MODIFIERS = 3;
const MODIFIER = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM', 'PART']);
/** Prepositions that open an event noun's complement ("withdrawal from the agreement", "attack on the city"). */
const COMPLEMENT = new Set(['of', 'on', 'against', 'in', 'from', 'by', 'between', 'over', 'with', 'to', 'for']);
/** Most headlines hold a subject and a predicate; below this many words a title says too little. */
const MIN_TITLE_WORDS = 2;
/** About twelve words: a little over is kept rather than cut mid-phrase. */
const MAX_TITLE_WORDS = 14;
/** Words a cut title must not end on. */
const DANGLING = /^(?:the|a|an|of|on|in|at|to|for|from|by|with|and|or|but|its|their|his|her)$/iu;

/**
 * A short neutral headline in the source's words: subject + verb (present tense, or the participle
 * when passive) + object, or the event noun phrase. A pronoun subject is replaced by the name it
 * refers to. A title that would say too little is the clause itself, its date and connectors left out.
 */
/** Words that govern an infinitive after a subject's auxiliary: "due", "expected", "set", "likely". */
const GOVERNING = new Set(['ADJ', 'VERB']);
/** What may stand between a clause's start and its verb when the clause was cut before the verb. */
const CLAUSE_EDGE = new Set(['PUNCT', 'ADV', 'AUX', 'PART', DATE_POS]);
const FIRST = new Set(FIRST_PERSON);
const COORDINATORS = new Set(PREDICATE_COORDINATORS);
const RELATIVE_WORDS = new Set(RELATIVE_PRONOUNS);
const NOUN_PHRASE_OR_PREPOSITION = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADP']);
const NEGATED = new Set(NEGATIONS);

export function buildTitle(parts: TitleParts): Title {
  let subjectActor: string | null = null;
  const antecedent = (pronoun: string) => {
    const found = parts.antecedent(pronoun);
    subjectActor = found?.slug ?? null;
    return found?.name ?? null;
  };
  const title = parts.happening.kind === 'verb' ? verbTitle(parts, antecedent) : nounTitle(parts, antecedent);
  const words = title.split(/\s+/).filter(Boolean);
  const kept = words.slice(0, MAX_TITLE_WORDS);
  while (kept.length > MIN_TITLE_WORDS && DANGLING.test(kept.at(-1)!)) kept.pop();
  const said = words.length >= MIN_TITLE_WORDS ? kept.join(' ') : clauseTitle(parts);
  return { text: capitalise(said.replace(/\s+/g, ' ').trim()), subjectActor };
}

function verbTitle(parts: TitleParts, antecedent: (pronoun: string) => string | null): string {
  const { sentence, tokens, clause, happening, actors } = parts;
  const at = tokens.findIndex((token) => token.start === happening.index);
  const verb = tokens[at];
  const lemma = happening.verb?.lemma ?? verb.lemma;
  const phrasal = happening.text.includes(' ') && happening.text === `${verb.text} ${tokens[at + 1]?.text}`;
  const found = happening.nonfinite ? null : subjectOfVerb(tokens, at, clause.start);
  const subject = found && found.tokens.length ? resolvePronoun(phraseText(sentence, found.tokens), antecedent) : null;
  const objectStart = at + (phrasal ? 2 : 1);
  // "reported that …": what a report says runs on through its own verbs, as what was said does.
  const saying = happening.family === 'statement' || (happening.family === 'report' && tokens[objectStart]?.pos === 'SCONJ');
  // A clause cut right after its verb (the next clause's date follows) leaves the object in the next one:
  // "a faulty valve forced | ESA engineers to shut down … in July" is read on to keep it whole.
  const cutAfterVerb = tokens[objectStart] !== undefined && tokens[objectStart].end > clause.end;
  let object = phraseText(sentence, withoutVerblessClause(trimObject(objectAfter(tokens, objectStart, cutAfterVerb ? sentence.length : clause.end, saying))));
  // "met with X" reads "meets X" in a headline; "signed an accord with X" keeps its "with".
  if (happening.family === 'meeting' && /^with\s/iu.test(object)) object = object.slice(5);
  const particle = phrasal ? ` ${tokens[at + 1].text}` : '';
  const planned = happening.nonfinite ? infinitiveTitle(sentence, tokens, at, clause.start, antecedent) : null;
  if (planned) return `${planned}${particle} ${object}`;
  // "applied for permission to rebuild the spillway": an infinitive hung on a noun tells no happening of
  // its own, so the finite verb it hangs on is titled with it ("… applies for permission to rebuild …").
  const governing = happening.nonfinite && tokens[at - 1]?.lemma === 'to' ? governingVerb(tokens, at - 1, clause.start) : null;
  if (governing) {
    const verb = tokens[governing];
    const finite: Happening = { ...happening, index: verb.start, end: verb.end, text: verb.text, verb: { text: verb.text, lemma: verb.lemma }, nonfinite: false };
    return verbTitle({ ...parts, clause: { start: clause.start, end: Math.max(clause.end, happening.end) }, happening: finite }, antecedent);
  }
  const participle = likeCase(pastParticiple(lemma), verb.text) + particle;
  if (!subject) return participleAfterHead(object, participle);
  const head = headOf(found!.tokens);
  const inName = (token: Token) => actors.some((actor) => token.start >= actor.start && token.end <= actor.end);
  // "Intelligence and Terrorism Information Center": an "and" inside one actor's name joins no two subjects.
  const plural = found!.tokens.some((token) => token.lemma === 'and' && !inName(token)) || isPlural(head, inName(head));
  // A passive's participle is kept as written ("born", "dubbed"): the lemma may be another verb's ("bear").
  // "has been gaining": a progressive, not a passive.
  const passive = found!.passive && !/ing$/iu.test(verb.text);
  const predicate = passive ? verb.text + particle : (plural ? lemma : presentSingular(lemma)) + particle;
  return `${subject} ${predicate} ${object}`;
}

/**
 * The verb's subject within its clause; for a clause cut right before its verb by an aside with a date
 * ("The company, founded in 1998 as …, | bought X"), the subject before the aside.
 */
function subjectOfVerb(tokens: Token[], at: number, clauseStart: number) {
  const found = subjectBefore(tokens, at, clauseStart);
  if (!found.tokens.length) {
    // "The union rejected the offer on Monday and called a strike": the first verb's subject is the second's.
    const first = coordinatedVerb(tokens, at);
    // The subject is shared; the voice is the verb's own ("… and was given a suspended sentence").
    if (first !== null) return { tokens: subjectBefore(tokens, first, 0).tokens, passive: found.passive };
  }
  if (found.tokens.length || clauseStart === 0) return found;
  const opensClause = tokens.slice(0, at).every((token) => token.end <= clauseStart || CLAUSE_EDGE.has(token.pos));
  return opensClause ? subjectBefore(tokens, at, 0) : found;
}

/** The finite verb of the clause a verb is coordinated with ("rejected … and called"), or null. */
function coordinatedVerb(tokens: Token[], at: number): number | null {
  let j = at - 1;
  while (tokens[j]?.pos === 'ADV' || tokens[j]?.pos === 'AUX') j--;
  if (tokens[j]?.pos !== 'CCONJ' || !COORDINATORS.has(tokens[j].lemma)) return null;
  for (let k = j - 1; k >= 0; k--) {
    // "most-sold" is an adjective; "Acme is the producer … and launched": a copula is a finite verb too.
    if (tokens[k].pos === 'VERB' && isFiniteAt(tokens, k) && !isCompoundEnd(tokens, k)) return k;
    if (tokens[k].pos === 'AUX' && tokens[k + 1]?.pos !== 'VERB' && tokens[k + 1]?.pos !== 'AUX') return k;
    if (tokens[k].pos === 'SCONJ' || (tokens[k].pos === 'PRON' && RELATIVE_WORDS.has(tokens[k].lemma))) return null;
  }
  return null;
}

/**
 * "Talks are due to resume …", "the deal is expected to close …": an infinitive after a word that
 * governs it keeps that word and its subject, so the title says what the source says (a plan, not a
 * past happening): "Talks due to resume". Null when no subject stands before the governing words.
 */
function infinitiveTitle(sentence: string, tokens: Token[], at: number, clauseStart: number, antecedent: (pronoun: string) => string | null): string | null {
  const to = tokens[at - 1];
  if (to?.pos !== 'PART' || to.lemma !== 'to') return null;
  let first = at - 1;
  while (first > 0 && GOVERNING.has(tokens[first - 1].pos) && !/ing$/iu.test(tokens[first - 1].text) && tokens[first - 1].start >= clauseStart) first--;
  if (first === at - 1) return null;
  const found = subjectBefore(tokens, first, clauseStart);
  if (!found.tokens.length || found.tokens.some((token) => FIRST.has(token.text.toLowerCase()))) return null;
  // "weren't available to comment": what the auxiliaries deny is no headline without them.
  const chain = tokens.slice(tokens.indexOf(found.tokens.at(-1)!) + 1, first);
  if (chain.some((token) => NEGATED.has(token.text.toLowerCase()))) return null;
  const subject = resolvePronoun(phraseText(sentence, found.tokens), antecedent);
  return subject ? `${subject} ${sentence.slice(tokens[first].start, tokens[at].end)}` : null;
}

/** The finite verb before the "to" at `to`, over the object and preposition it governs ("applied for permission", "reported them"); null past a clause edge. */
function governingVerb(tokens: Token[], to: number, clauseStart: number): number | null {
  for (let j = to - 1; j >= 0 && tokens[j].start >= clauseStart; j--) {
    const token = tokens[j];
    if (token.pos === 'VERB') return isFiniteAt(tokens, j) ? j : null;
    if (!NOUN_PHRASE_OR_PREPOSITION.has(token.pos)) return null;
  }
  return null;
}

function isFiniteAt(tokens: Token[], j: number): boolean {
  const before = tokens[j - 1];
  return !/ing$/iu.test(tokens[j].text) && !(before?.pos === 'PART' && before.lemma === 'to') && before?.pos !== 'ADP' && before?.pos !== 'SCONJ';
}

/** "Dozens of rockets fired from the hills": with no subject, the participle follows the object's head. */
function participleAfterHead(object: string, participle: string): string {
  // "was discovered by astronomers": an object opening on its preposition follows the participle.
  if (/^(?:by|at|in|on|from|to|for|with|into)\s/iu.test(object)) return `${participle} ${object}`;
  const split = /\s(?:from|into|at|on|in|against|to|by)\s/iu.exec(object);
  return split ? `${object.slice(0, split.index)} ${participle}${object.slice(split.index)}` : `${object} ${participle}`;
}

function nounTitle({ sentence, tokens, clause, happening }: TitleParts, antecedent: (pronoun: string) => string | null): string {
  const at = tokens.findIndex((token) => token.start === happening.index);
  let first = at;
  let words = 0;
  while (first > 0 && words < NOUN_MODIFIERS && tokens[first - 1].start >= clause.start && (isModifier(tokens[first - 1]) || joinsName(tokens, first - 1))) {
    first--;
    if (tokens[first].pos !== 'PUNCT' && tokens[first].pos !== 'PART' && tokens[first].pos !== 'ADP') words++;
  }
  // "by-election": a noun phrase never starts inside a hyphenated word.
  if (tokens[first].text === '-' && isCompoundEnd(tokens, first + 1)) first--;
  while (first > 1 && isCompoundEnd(tokens, first)) first -= 2;
  const head = trimPhrase(tokens.slice(first, at + 1));
  const last = tokens.findIndex((token) => token.end === happening.end);
  const next = tokens[last + 1];
  // "the attack on May 3": a preposition before a date opens no complement.
  const complement = next?.pos === 'ADP' && COMPLEMENT.has(next.lemma) && tokens[last + 2]?.pos !== DATE_POS ? objectAfter(tokens, last + 1, clause.end) : [];
  // "until his resignation": the person's name says whose it was ("its" and "their" may stand for a thing).
  const possessive = tokens[first - 1];
  const pronoun = possessive?.pos === 'PRON' ? POSSESSIVE_PRONOUNS[possessive.text.toLowerCase()] : undefined;
  const owner = pronoun && PERSON.has(pronoun) ? antecedent(pronoun) : null;
  const phrase = `${owner ? `${owner}'s ` : ''}${phraseText(sentence, head)}${sentence.slice(tokens[at].end, happening.end)}${complement.length ? ` ${phraseText(sentence, trimObject(complement))}` : ''}`;
  if (phrase.split(/\s+/).length >= MIN_TITLE_WORDS) return phrase;
  // A noun inside a prepositional phrase ("until his resignation") is no subject of the verb after it.
  let before = first - 1;
  while (tokens[before]?.pos === 'DET' || tokens[before]?.pos === 'PRON') before--;
  const governed = tokens[before]?.pos === 'ADP';
  return governed ? phrase : `${phrase} ${predicateAfter(sentence, tokens, last + 1 + complement.length, clause.end)}`;
}

/** "The attack on May 3 shocked the region": what the noun, as subject, did: the verb after it (past its date) and its object. */
function predicateAfter(sentence: string, tokens: Token[], from: number, clauseEnd: number): string {
  let at = from;
  while (at < tokens.length && (tokens[at].pos === DATE_POS || tokens[at].pos === 'ADP' || tokens[at].text === ',')) at++;
  const verb = tokens[at];
  if (!verb || verb.pos !== 'VERB' || verb.end > clauseEnd) return '';
  return `${presentSingular(verb.lemma)} ${phraseText(sentence, trimObject(objectAfter(tokens, at + 1, clauseEnd)))}`.trim();
}

/** "of" inside a name before an event noun ("the Ministry of Labour report"). */
function joinsName(tokens: Token[], j: number): boolean {
  return tokens[j].pos === 'ADP' && tokens[j].lemma === 'of' && tokens[j - 1]?.pos === 'PROPN' && tokens[j + 1]?.pos === 'PROPN';
}

/** A word before an event noun that modifies it: an adjective, a name, a noun, a number, a possessive, a hyphen joining them. */
function isModifier(token: Token): boolean {
  return MODIFIER.has(token.pos) || token.text === '-';
}

/** The clause in its own words, without its date, opening connectors or closing punctuation: for happenings a headline cannot be made of. */
function clauseTitle({ sentence, tokens, clause }: TitleParts): string {
  // A date goes with the preposition that introduces it ("on May 3").
  const dated = (i: number) => !beforePossessive(tokens, i) && (tokens[i].pos === DATE_POS || (tokens[i].pos === 'ADP' && tokens[i + 1]?.pos === DATE_POS));
  const words = trimPhrase(tokens.filter((token, i) => token.start >= clause.start && token.end <= clause.end && !dated(i)));
  let start = 0;
  while (start < words.length && (words[start].pos === 'ADV' || words[start].pos === 'CCONJ' || words[start].pos === 'PUNCT' || words[start].pos === 'ADP' || words[start].pos === 'DET')) start++;
  const kept: Token[] = [];
  for (const token of words.slice(start)) {
    if (kept.length >= MAX_TITLE_WORDS || (token.pos === 'PUNCT' && !/^[-’']$/u.test(token.text))) break;
    kept.push(token);
  }
  while (kept.length > 1 && ['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART'].includes(kept.at(-1)!.pos)) kept.pop();
  return kept.map((token) => token.text).join(' ').replace(/\s+(['’]s|n't)\b/gu, '$1');
}

/** "by last month's earthquake": a date in the genitive is part of a noun phrase, which keeps it. */
function beforePossessive(tokens: Token[], i: number): boolean {
  let end = i;
  while (tokens[end]?.pos === DATE_POS || (end === i && tokens[end]?.pos === 'ADP')) end++;
  return end > i && /^['’]s$/u.test(tokens[end]?.text ?? '');
}

/** An object's trailing function words say nothing; nor does a leading article. */
function trimObject(object: Token[]): Token[] {
  return object[0]?.pos === 'DET' && /^(?:the|a|an)$/iu.test(object[0].text) ? object.slice(1) : object;
}

/** "stated that Vell": a that-clause cut before its verb says nothing; the verb stands alone. */
function withoutVerblessClause(object: Token[]): Token[] {
  const opensClause = object[0]?.pos === 'SCONJ';
  return opensClause && !object.some((token) => token.pos === 'VERB' || token.pos === 'AUX') ? [] : object;
}

/** "workers at the port": the head of a subject is its last word before a preposition. */
function headOf(subject: Token[]): Token {
  const preposition = subject.findIndex((token, i) => i > 0 && token.pos === 'ADP');
  return preposition > 0 ? subject[preposition - 1] : subject.at(-1)!;
}

/** `named`: the head is an actor's name ("Jobs said"), never a plural noun whatever its ending. */
function isPlural(head: Token, named: boolean): boolean {
  // A capitalised plural of a nationality ("Iraqis", "Americans"), not a name ending in s ("Hollis").
  if (head.pos === 'PROPN' && isDemonymPlural(head.text)) return true;
  // "men", "people": a noun whose lemma differs from it is plural, whatever its ending.
  if (head.pos === 'NOUN') return head.text.toLowerCase() !== head.lemma;
  // "Talks broke down": the tagger takes a sentence's capitalised first word for a name; in lower case it may be a plural noun.
  return head.pos === 'PROPN' && head.start === 0 && !named && /s$/u.test(head.text) && isCommonPlural(head.text);
}

/** A pronoun subject is replaced by the name it refers to; with none known, the title has no subject. */
function resolvePronoun(subject: string, antecedent: (pronoun: string) => string | null): string | null {
  const word = subject.toLowerCase();
  return PRONOUN.has(word) ? antecedent(word) : subject;
}

/** A capital first letter, except on a word written with an inner capital ("iTunes", "eBay"). */
function capitalise(text: string): string {
  if (/^\p{Ll}+\p{Lu}/u.test(text)) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
