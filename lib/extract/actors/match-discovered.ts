import { isCommonPlural, type TextAnalysis } from '../language';
import { COPULAS } from '../lexicon/en/happenings';
import { actsAfter } from './acts-after';
import type { ActorIndex } from './actor-index';
import type { ArticleActors, DiscoveredActor, NewActor } from './article-actors';
import type { Country, CountryIndex } from './country-index';
import { curatedCountry } from './curated-country';
import type { DiscoveryWords } from './discovery-words';
import { modifiesNounAfter } from './match-possessor-phrase';
import { nameRunEnd } from './name-run';
import type { Token } from './tokenize';
import type { ActorKind } from './types';
import { DEFINITE_ARTICLE, HYPHENS, PLACE_WORDS } from './words';

const PLACE_WORD_SET = new Set(PLACE_WORDS);
const NOT_AGENT_LEMMAS = new Set(COPULAS);
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]+$/u;
const DIGITS = /^\d+$/u;
const HYPHEN = new RegExp(`[${HYPHENS}]`, 'u');
const CAMEL_CASE = /^\p{Ll}+\p{Lu}/u;
/** Words of a portfolio before a title ("Social Affairs Minister"). */
const MAX_PORTFOLIO_WORDS = 2;

export interface DiscoveryContext {
  sentence: string;
  tokens: readonly Token[];
  index: ActorIndex;
  countries: CountryIndex;
  words: DiscoveryWords;
  actors: ArticleActors;
  /** Single-word aliases of the gazetteer's persons (see surnameAliases). */
  surnames: ReadonlyMap<string, string>;
  /** Parts of speech of the sentence (at least of its first words), computed only when its first word must be told from a name. */
  analysis: () => TextAnalysis;
  /** The whole sentence's parts of speech, when the caller read them anyway (a dated sentence); null otherwise. */
  tagged: TextAnalysis | null;
  /** Words the article writes in lower case (see lowerCaseWords). */
  lowerCaseWords: ReadonlySet<string>;
}

/** A name found in the text: a known actor's slug or a new actor to add, over tokens [start, end). */
export interface Discovery {
  start: number;
  end: number;
  slug: string | null;
  actor: NewActor | null;
}

/** What reading the capitalised words at a position gave, and where they end (read once, whatever the outcome). */
export interface DiscoveryResult {
  discovery: Discovery | null;
  runEnd: number;
}

/**
 * Actors named by capitalised words that the gazetteer does not list: a name with an organisation
 * word ("Example Airlines"), a title ("CEO John Roe"), an apposition ("Papermaster, 49,"), a verb it
 * is the subject of ("NPD said"), a defined acronym, or a state from world-countries where it acts
 * ("France signed"). A short form of a name already found is that actor ("Lopez").
 */
export function matchDiscovered(context: DiscoveryContext, at: number): DiscoveryResult {
  const { tokens, words } = context;
  const runEnd = nameRunEnd(tokens, at, words);
  let start = at;
  let end = runEnd;
  // Headline banners, function words ("But", "I") and the article are not part of a name ("BREAKING:", "The Beatles").
  while (start < end && (isBanner(tokens[start], words) || words.functionWords.has(tokens[start].key))) start++;
  // Nor a weekday before it ("on Thursday Vell Council officials"), nor a time after it ("the World Court Friday").
  while (start < end - 1 && words.weekdays.has(tokens[start].key) && !tokens[start].possessive) start++;
  while (end > start && words.times.has(tokens[end - 1].key) && !tokens[end - 1].possessive) end--;
  // Nor a connector left dangling by it ("the Poisons Board on Wednesday").
  while (end > start && words.connectors.has(tokens[end - 1].key)) end--;
  if (start === end || partOfWord(context, at, runEnd)) return { discovery: null, runEnd };
  // Two titled phrases run together (a photo caption before the sentence): the second is read on its own.
  const second = secondTitledPhrase(context, start, end);
  if (second !== null) return { discovery: readRun(context, start, start, second), runEnd: second };
  return { discovery: readRun(context, start, start, end), runEnd };
}

/**
 * Where a second titled phrase starts in the capitalised words after a title: in "Acme CEO Jane Roe
 * Acme Corp CEO" the name ends before an owner that a title follows, an actor already known or the
 * first title's owner again ("Acme").
 */
function secondTitledPhrase(context: DiscoveryContext, start: number, end: number): number | null {
  const { tokens, words, index, actors } = context;
  const first = splitTitles(tokens, start, end, words);
  if (!first || first.nameStart >= end) return null;
  const firstOwner = tokens.slice(start, first.titleStart).map((token) => token.key);
  for (let owner = first.nameStart + 1; owner < end; owner++) {
    const listed = index.aliases.longest(tokens, owner)?.end ?? 0;
    const again = firstOwner.length > 0 && firstOwner.every((key, i) => tokens[owner + i]?.key === key) ? owner + firstOwner.length : 0;
    let known = 0;
    for (let to = owner + 1; to < end; to++) if (actors.exact(tokens.slice(owner, to).map((token) => token.key))) known = to;
    const ownerEnd = Math.max(listed, again, known);
    if (ownerEnd === 0 || ownerEnd >= end) continue;
    // The owner's name may go on ("Acme Corp" after "Acme") up to the title.
    for (let title = ownerEnd; title < end; title++) if (words.titles.longest(tokens, title)) return owner;
  }
  return null;
}

function readRun(context: DiscoveryContext, mentionStart: number, start: number, end: number): Discovery | null {
  const { tokens, words } = context;
  const titled = splitTitles(tokens, start, end, words);
  if (titled && titled.nameStart === end) {
    // Only titles ("Apple Computer CEO"): the words before them name the office's owner.
    return titled.titleStart > start ? readName(context, mentionStart, start, titled.titleStart, null) : null;
  }
  const nameStart = titled?.nameStart ?? start;
  if (titled) {
    const owner = titled.titleStart > start ? ownerSlug(context, start, titled.titleStart, titled.head) : null;
    return readName(context, mentionStart, nameStart, end, { evidence: `title “${span(context, titled.titleStart, nameStart)}” before the name`, owner });
  }
  const titleBefore = lowerCaseTitleBefore(tokens, start, context.sentence, words);
  if (titleBefore) return readName(context, mentionStart, start, end, { evidence: `title “${titleBefore}” before the name`, owner: null });
  return readName(context, mentionStart, start, end, null);
}

interface Title {
  evidence: string;
  /** Slug of the organisation written before the title ("Apple CEO Steve Jobs" → Apple's), if known. */
  owner: string | null;
}

function readName(context: DiscoveryContext, mentionStart: number, start: number, end: number, title: Title | null): Discovery | null {
  const { tokens, words, actors, index, countries } = context;
  const keys = tokens.slice(start, end).map((token) => token.key);
  if (keys.every((key) => words.times.has(key))) return null;
  // "Imam of Mashhad": what follows a title's "of" is the office's seat, not a name.
  if (!tokens[start].capitalized) return null;
  const found = (slug: string): Discovery => ({ start: mentionStart, end, slug, actor: null });

  // A name the gazetteer lists is that curated actor ("Prime Minister Maria Lopez").
  const listed = index.aliases.longest(tokens, start);
  if (listed && listed.end === end) return found(listed.values[0]);
  const acronym = acronymAfter(context, end);
  if (acronym) {
    const curated = index.aliases.longest(tokens, acronym.index);
    if (curated && curated.end === acronym.index + 1) return found(curated.values[0]);
  }

  const named = actors.exact(keys);
  if (named) return found(named.entry.slug);
  // A state, a capital or a demonym is never the short form of a longer name ("Irish" of the Irish Republican Army).
  const country = countries.names.longest(tokens, start) ?? countries.capitals.longest(tokens, start);
  if (country && country.end === end) return readState(context, mentionStart, start, end, country.values[0]);
  const demonym = countries.demonyms.longest(tokens, start);
  if (demonym && demonym.end === end) return readDemonym(context, mentionStart, end, demonym.values[0]);
  const known = actors.find(keys);
  if (known === 'ambiguous') return null;
  if (known) return found(known.entry.slug);

  const aliases = acronym ? [{ text: acronym.text, key: tokens[acronym.index].key }] : [];
  // The organisation word heads the name: last ("Example Airlines"), before "of" ("Bank of …") or a legal
  // form; or first, in a language that puts it there ("Musée Réattu").
  const heads = keys.filter(
    (key, i) =>
      words.organizationTypes.has(key) &&
      (i === keys.length - 1 || words.connectors.has(keys[i + 1]) || words.organizationTypes.has(keys[i + 1]) || (i === 0 && words.leadingOrganizationTypes.has(key))),
  );
  const types = heads.map((key) => words.organizationTypes.get(key)!);
  if (types.length > 0 && keys.length > 1) {
    const cue = heads[0];
    return create(context, mentionStart, start, end, 'organization', `organisation word “${cue}” in the name`, types, aliases, null);
  }
  if (title) return create(context, mentionStart, start, end, 'person', title.evidence, [], aliases, title.owner);

  const nounBefore = tokens[start - 1]?.joined && start === mentionStart ? tokens[start - 1] : null;
  if (nounBefore && words.organizationNouns.has(nounBefore.key)) {
    return create(context, mentionStart, start, end, 'organization', `“${nounBefore.raw}” before the name`, [nounBefore.key], aliases, null);
  }
  const of = titleOf(context, start);
  if (of) return create(context, mentionStart, start, end, 'organization', `after “${of}”`, [], aliases, null);
  const owned = tokens[end - 1].possessive && tokens[end]?.joined && tokens[end].capitalized ? organizationRun(context, end) : null;
  if (owned) return create(context, mentionStart, start, end, 'organization', `owner of “${owned}”`, [], aliases, null);
  const apposition = appositionAfter(context, end) ?? appositionBefore(context, mentionStart, end) ?? headTitleAfter(context, end);
  if (apposition) return create(context, mentionStart, start, end, apposition.kind, apposition.evidence, apposition.types, aliases, null);

  // One capitalised word the article also writes in lower case ("Malaria killed" beside "a malaria vaccine") is no name.
  if (keys.length === 1 && context.lowerCaseWords.has(tokens[start].raw.toLowerCase())) return null;
  // Alone, one word is more often a company or a body than a person; an acronym always is.
  const kind: ActorKind = keys.length > 1 && !ACRONYM.test(tokens[start].raw) ? 'person' : 'organization';
  const verb = actsAfter(tokens, end, words) ?? (keys.length > 1 ? finiteVerbAfter(context, end) : null);
  if (verb) return create(context, mentionStart, start, end, kind, `subject of “${verb}”`, [], aliases, null);
  const marker = tokens[start - 1];
  if (marker && marker.joined && words.agentMarkers.has(marker.key)) {
    return create(context, mentionStart, start, end, kind, `named after “${marker.raw}”`, [], aliases, null);
  }
  const role = tokens[end - 1].possessive && tokens[end]?.joined ? words.possessedRoles.longest(tokens, end) : null;
  if (role) return create(context, mentionStart, start, end, kind, `“${span(context, end, role.end)}” of the name`, [], aliases, null);
  // "Carlos Lopez" is not the gazetteer's Lopez, but a full name ending in a known surname is someone's.
  if (keys.length > 1 && context.surnames.has(keys.at(-1)!)) {
    return create(context, mentionStart, start, end, 'person', `full name ending in the surname “${tokens[end - 1].raw}”`, [], aliases, null);
  }
  return null;
}

/** A state (or its capital) acts only as a subject ("France signed", "Paris refused"), never as a place ("in Paris"). */
function readState(context: DiscoveryContext, mentionStart: number, start: number, end: number, country: Country): Discovery | null {
  const { tokens, words, sentence } = context;
  const before = tokens[mentionStart - 1];
  if (before && tokens[mentionStart].joined && PLACE_WORD_SET.has(before.key)) return null;
  // "US$2 billion" is an amount, not a state.
  if (sentence[tokens[end - 1].end] === '$') return null;
  const verb = actsAfter(tokens, end, words) ?? finiteVerbAfter(context, end);
  const role = tokens[end - 1].possessive && tokens[end]?.joined ? words.possessedRoles.longest(tokens, end) ?? titleInRun(tokens, end, words) : null;
  if (!verb && !role) return null;
  const evidence = `state in world-countries, ${verb ? `subject of “${verb}”` : `“${span(context, end, role!.end)}” of it`}`;
  return stateDiscovery(context, mentionStart, end, country, evidence);
}

/** "Ruritania’s Health Minister": a title among the capitalised words after a possessive, its portfolio before it. */
function titleInRun(tokens: readonly Token[], at: number, words: DiscoveryWords): { end: number } | null {
  for (let k = at; k < at + MAX_PORTFOLIO_WORDS + 1 && tokens[k]?.capitalized && (k === at || tokens[k].joined); k++) {
    const title = words.titles.longest(tokens, k);
    if (title) return { end: title.end };
  }
  return null;
}

/** "French officials" names France; "French wine" names nobody. */
function readDemonym(context: DiscoveryContext, mentionStart: number, end: number, country: Country): Discovery | null {
  const { tokens, index } = context;
  const noun = tokens[end]?.joined ? index.roleNouns.longest(tokens, end) : null;
  if (!noun || modifiesNounAfter(tokens, noun.end, noun.values[0])) return null;
  return stateDiscovery(context, mentionStart, noun.end, country, `demonym before “${span(context, end, noun.end)}”, state in world-countries`);
}

function stateDiscovery(context: DiscoveryContext, start: number, end: number, country: Country, evidence: string): Discovery {
  const curated = curatedCountry(context.index, country);
  if (curated) return { start, end, slug: curated, actor: null };
  const words = country.name.toLowerCase().split(/\s+/u);
  const known = context.actors.find(words);
  if (known && known !== 'ambiguous') return { start, end, slug: known.entry.slug, actor: null };
  return { start, end, slug: null, actor: { name: country.name, words, kind: 'state', evidence, types: [], aliases: [], affiliation: null } };
}

function create(
  context: DiscoveryContext,
  mentionStart: number,
  start: number,
  end: number,
  kind: ActorKind,
  evidence: string,
  types: string[],
  aliases: { text: string; key: string }[],
  affiliation: string | null,
): Discovery | null {
  const { tokens, words } = context;
  // A capital at the start of a sentence proves nothing ("Despite", "Meanwhile").
  if (start === 0 && !startsName(context, end)) {
    return end - start > 1 ? readName(context, Math.max(mentionStart, 1), 1, end, null) : null;
  }
  // "Apple Inc." is Apple: the legal form is a spelling, not the name.
  let nameEnd = end;
  while (nameEnd - start > 1 && words.legalSuffixes.has(tokens[nameEnd - 1].key)) nameEnd--;
  const written = span(context, start, end);
  const name = span(context, start, nameEnd);
  const keys = tokens.slice(start, nameEnd).map((token) => token.key);
  const all = [...aliases, ...(nameEnd < end ? [{ text: written, key: tokens.slice(start, end).map((t) => t.key).join(' ') }] : [])];
  return { start: mentionStart, end, slug: null, actor: { name, words: keys, kind, evidence, types, aliases: all, affiliation } };
}

/**
 * Whether the sentence's first word begins the name ending at `end`: never a function word; before
 * another capitalised word, yes; alone, as the tagger says ("Officials said" is no name). The tagger
 * runs only then, so most sentences are never tagged.
 */
function startsName(context: DiscoveryContext, end: number): boolean {
  const first = context.tokens[0];
  if (context.words.functionWords.has(first.key)) return false;
  return end > 1 || isProperNoun(context, first);
}

/**
 * Where the caller tagged the sentence: the past-tense verb right after a name of several words
 * ("Marta Benítez climbed onto a truck"), which makes it someone who acts. Not "be" or "have", not
 * a participle in "-ing".
 */
function finiteVerbAfter(context: DiscoveryContext, end: number): string | null {
  const tagged = context.tagged?.tokens;
  if (!tagged || context.tokens[end - 1].possessive) return null;
  let at = tagged.findIndex((token) => token.start >= context.tokens[end - 1].end);
  while (at >= 0 && tagged[at]?.pos === 'ADV') at++;
  const verb = at >= 0 ? tagged[at] : undefined;
  if (!verb || verb.pos !== 'VERB' || NOT_AGENT_LEMMAS.has(verb.lemma)) return null;
  const written = verb.text.toLowerCase();
  return written !== verb.lemma && !written.endsWith('ing') && !written.endsWith('s') ? verb.text : null;
}

function isProperNoun(context: DiscoveryContext, token: Token): boolean {
  const tagged = context.analysis().tokens.find((candidate) => candidate.start === token.start);
  // "Investigators said": a plural the tagger took for a name keeps a lemma of its own, or has one in lower case ("Officials").
  return tagged?.pos === 'PROPN' && tagged.lemma === token.key && !isCommonPlural(token.key);
}

/** Titles inside the capitalised words ("Defence Minister Jane Doe", "Mr Justice Anthony Mann"): where they start and the name after them starts. */
function splitTitles(tokens: readonly Token[], start: number, end: number, words: DiscoveryWords): { titleStart: number; nameStart: number; head: boolean } | null {
  for (let at = start; at < end; at++) {
    // "Royal Courts of Justice": a word after "of" is part of a name, not a title.
    if (at > start && words.connectors.has(tokens[at - 1].key)) continue;
    let next = at;
    for (let title = words.titles.longest(tokens, next); title && title.end <= end; title = words.titles.longest(tokens, next)) next = title.end;
    // "Minister of Defence Jane Doe": the office's portfolio belongs to the title.
    while (next > at && next + 2 < end && words.connectors.has(tokens[next].key)) next += 2;
    if (next > at) return { titleStart: at, nameStart: next, head: words.headTitles.longest(tokens, at) !== null };
  }
  return null;
}

/** A lower-case title right before the name ("co-founder Steve Jobs"), or before a comma ("the former Chief Operating Officer, Tim Cook"). */
function lowerCaseTitleBefore(tokens: readonly Token[], start: number, sentence: string, words: DiscoveryWords): string | null {
  const before = tokens[start - 1];
  if (!before || !words.titleEnds.has(before.key)) return null;
  const gap = sentence.slice(before.end, tokens[start].start);
  return tokens[start].joined || /^,\s*$/u.test(gap) ? before.raw : null;
}

/** ", a market research firm", ", the chief executive of …", ", 49,", ", born in …" after a name. */
function appositionAfter(context: DiscoveryContext, end: number): { kind: ActorKind; evidence: string; types: string[] } | null {
  const { tokens, sentence, words } = context;
  const next = tokens[end];
  if (!next || !/^,\s*$/u.test(sentence.slice(tokens[end - 1].end, next.start))) return null;
  if (DIGITS.test(next.raw) || words.personApposition.has(next.key)) return { kind: 'person', evidence: `“${next.raw}” after the name`, types: [] };
  if (words.relativeOpeners.has(next.key)) return null;
  for (let at = end; at < end + 8 && at < tokens.length; at++) {
    if (at > end && /[,;:()]/u.test(sentence.slice(tokens[at - 1].end, tokens[at].start))) break;
    if (words.titleEnds.has(tokens[at].key)) return { kind: 'person', evidence: `apposition “${span(context, end, at + 1)}”`, types: [] };
    if (!tokens[at].capitalized && words.organizationNouns.has(tokens[at].key)) return { kind: 'organization', evidence: `apposition “${span(context, end, at + 1)}”`, types: [tokens[at].key] };
  }
  return null;
}

/** "Vell Athletic manager Jane Roe": a lower-case title of a body's head, then a name: the words before it name that body. */
function headTitleAfter(context: DiscoveryContext, end: number): { kind: ActorKind; evidence: string; types: string[] } | null {
  const { tokens, words } = context;
  if (!tokens[end]?.joined || tokens[end].capitalized || tokens[end - 1].possessive) return null;
  const title = words.headTitles.longest(tokens, end);
  const name = title ? tokens[title.end] : undefined;
  return name?.joined && name.capitalized ? { kind: 'organization', evidence: `“${span(context, end, title!.end)}” of it before a name`, types: [] } : null;
}

function appositionBefore(context: DiscoveryContext, start: number, end: number): { kind: ActorKind; evidence: string; types: string[] } | null {
  return definiteAppositionBefore(context, start) ?? describedBetweenCommas(context, start, end);
}

/**
 * "A council auditor, Jane Roe, noticed …", "the national forecaster, Vell Met, issued …": a name set
 * between commas right after a lower-case title or organisation noun is what that noun describes.
 */
function describedBetweenCommas(context: DiscoveryContext, start: number, end: number): { kind: ActorKind; evidence: string; types: string[] } | null {
  const { tokens, sentence, words } = context;
  const noun = tokens[start - 1];
  const next = tokens[end];
  if (!noun || noun.capitalized || !/^,\s*$/u.test(sentence.slice(noun.end, tokens[start].start))) return null;
  if (next && !/^,/u.test(sentence.slice(tokens[end - 1].end, next.start))) return null;
  if (words.titleEnds.has(noun.key)) return { kind: 'person', evidence: `apposition to “${noun.raw}”`, types: [] };
  if (words.organizationNouns.has(noun.key)) return { kind: 'organization', evidence: `apposition to “${noun.raw}”`, types: [words.organizationTypes.get(noun.key) ?? noun.key] };
  return null;
}

/** "Ruritania's parliament, the Storting,": an organisation noun, a comma, then "the" and the name. */
function definiteAppositionBefore(context: DiscoveryContext, start: number): { kind: ActorKind; evidence: string; types: string[] } | null {
  const { tokens, sentence, words } = context;
  const article = tokens[start - 1];
  const noun = tokens[start - 2];
  if (article?.key !== DEFINITE_ARTICLE || !tokens[start].joined || !noun || noun.capitalized || !words.organizationNouns.has(noun.key)) return null;
  if (!/^,\s*$/u.test(sentence.slice(noun.end, article.start))) return null;
  return { kind: 'organization', evidence: `apposition to “${noun.raw}”`, types: [words.organizationTypes.get(noun.key) ?? noun.key] };
}

/** "founder of Apple", "chief executive officer of the company Example": a title, "of", then the name. */
function titleOf(context: DiscoveryContext, start: number): string | null {
  const { tokens, words } = context;
  let at = start - 1;
  if (tokens[at]?.key === DEFINITE_ARTICLE) at--;
  if (tokens[at]?.key !== 'of' || !tokens[at + 1].joined || !tokens[at].joined) return null;
  const title = tokens[at - 1];
  return title && !title.capitalized && words.titleEnds.has(title.key) ? `${title.raw} of` : null;
}

/** The capitalised name at `at` when an organisation word is in it ("Apple Corps" after "The Beatles’"). */
function organizationRun(context: DiscoveryContext, at: number): string | null {
  const end = nameRunEnd(context.tokens, at, context.words);
  return context.tokens.slice(at, end).some((token) => context.words.organizationTypes.has(token.key)) ? span(context, at, end) : null;
}

/** "the Rapid Response Unit (RRU)": the acronym defined right after a name. */
function acronymAfter(context: DiscoveryContext, end: number): { index: number; text: string } | null {
  const { tokens, sentence } = context;
  const next = tokens[end];
  if (!next || !ACRONYM.test(next.raw)) return null;
  const open = sentence.slice(tokens[end - 1].end, next.start);
  return /^\s*\($/u.test(open) && sentence[next.end] === ')' ? { index: end, text: next.raw } : null;
}

/**
 * The body whose title follows ("Apple" in "Apple CEO Steve Jobs"): a listed or known actor, or, before
 * the title of a body's head, a new organisation. A country or a portfolio ("Defence Minister") is not one.
 */
function ownerSlug(context: DiscoveryContext, start: number, end: number, head: boolean): string | null {
  const { tokens, index, actors, countries, words } = context;
  const listed = index.aliases.longest(tokens, start);
  if (listed && listed.end === end) return listed.values[0];
  const keys = tokens.slice(start, end).map((token) => token.key);
  const known: DiscoveredActor | 'ambiguous' | null = actors.find(keys);
  if (known) return known === 'ambiguous' ? null : known.entry.slug;
  const place = countries.names.longest(tokens, start) ?? countries.demonyms.longest(tokens, start) ?? index.demonyms.longest(tokens, start);
  if (!head || place || keys.some((key) => words.times.has(key)) || (start === 0 && !isProperNoun(context, tokens[0]))) return null;
  const body = actors.add({ name: span(context, start, end), words: keys, kind: 'organization', evidence: `“${span(context, start, end)}” before the title “${tokens[end].raw}”`, types: [], aliases: [], affiliation: null });
  return body.entry.slug;
}

/** "Pre-orders", "Ruritanian-backed", "iPhone Developer Program": capitals inside a compound or a product name. */
function partOfWord(context: DiscoveryContext, start: number, end: number): boolean {
  const { tokens, sentence } = context;
  const after = tokens[end];
  if (after?.joined && !after.capitalized && !tokens[end - 1].possessive && HYPHEN.test(sentence[tokens[end - 1].end])) return true;
  const before = tokens[start - 1];
  return before !== undefined && tokens[start].joined && CAMEL_CASE.test(before.raw);
}

function isBanner(token: Token, words: DiscoveryWords): boolean {
  return token.raw.length > 1 && words.banners.has(token.key) && token.raw === token.raw.toUpperCase();
}

function span(context: DiscoveryContext, start: number, end: number): string {
  return context.sentence.slice(context.tokens[start].start, context.tokens[end - 1].end);
}
