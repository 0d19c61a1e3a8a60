import type { TextAnalysis } from '../language';
import { analyseText } from '../language';
import { ArticleActors } from './article-actors';
import type { Candidate } from './candidate';
import { compileIndex } from './compile-index';
import { countryIndex } from './country-index';
import { DiscourseMemory } from './discourse-memory';
import { discoveryWords } from './discovery-words';
import { longer } from './longer';
import { matchDefinitePhrase } from './match-definite-phrase';
import { matchDescription } from './match-description';
import { lowerCaseWords } from './lower-case-words';
import { matchDiscovered, type Discovery, type DiscoveryContext } from './match-discovered';
import { matchMetonymy } from './match-metonymy';
import { matchPossessorPhrase } from './match-possessor-phrase';
import { surnameAliases } from './surname-aliases';
import type { DateSpan } from './tenure-overlaps';
import { tokenize, type Token } from './tokenize';
import type { ActorEntry, ActorMention, Gazetteer } from './types';

/** Words tagged when the caller gives no analysis: enough context for the sentence's first word. */
const TAGGED_PREFIX = 4;

export interface RecognitionContext {
  /** The event's date span, to tell which holder of a role is meant; null when unknown. */
  date: DateSpan | null;
  /** The sentence's parts of speech, if the caller has them; computed here only where needed otherwise. */
  analysis?: TextAnalysis;
}

export interface ActorRecognizer {
  /** Mentions in the sentence, sorted by offset and never overlapping. Feed an article's sentences in order. */
  recognize(sentence: string, context: RecognitionContext): ActorMention[];
  /** The entry of an actor this article named that the gazetteer does not list (`discovered: true`), by slug. */
  discovered(slug: string): ActorEntry | undefined;
  /** Forgets the discourse ("the delegation" …) and the discovered actors; call between articles. */
  reset(): void;
}

/**
 * A recogniser that remembers, across the sentences of one article, what "the delegation" or
 * "the organization" refers to, and the actors the text names beyond the gazetteer ("Maria Lopez",
 * later "Lopez"). Use one per article, given its paragraphs: the words it writes in lower case tell a
 * capital that opens a sentence from a name ("Malaria killed …" beside "a malaria vaccine").
 */
export function createActorRecognizer(gazetteer: Gazetteer, article: { paragraphs: readonly string[] } = { paragraphs: [] }): ActorRecognizer {
  const index = compileIndex(gazetteer);
  const words = discoveryWords();
  const countries = countryIndex();
  const surnames = surnameAliases(gazetteer);
  const memory = new DiscourseMemory();
  const lowerCase = lowerCaseWords(article.paragraphs);
  const actors = new ArticleActors((slug) => index.bySlug.has(slug));
  /** Gazetteer persons named in full in this article, so their bare surname stays theirs. */
  const namedInFull = new Set<string>();

  const kindOf = (slug: string) => index.bySlug.get(slug)?.kind ?? actors.get(slug)?.kind;
  const remember = (candidate: Candidate) => {
    if (candidate.introduces) memory.rememberNoun(candidate.introduces.noun, candidate.slug);
    const kind = kindOf(candidate.slug);
    if (kind) memory.rememberKind(kind, candidate.slug);
    if (candidate.rule === 'alias' && candidate.end - candidate.start > 1 && kind === 'person') namedInFull.add(candidate.slug);
  };

  /** A gazetteer surname alone is someone else's when this article names another person with it ("Carlos Lopez"). */
  const checkSurname = (tokens: readonly Token[], candidate: Candidate | null): Candidate | null => {
    if (!candidate || candidate.rule !== 'alias' || candidate.end - candidate.start !== 1) return candidate;
    const key = tokens[candidate.start].key;
    if (surnames.get(key) !== candidate.slug) return candidate;
    const before = tokens[candidate.start - 1];
    const insideName = before && candidate.start > 1 && before.capitalized && tokens[candidate.start].joined && !before.possessive && !words.titleEnds.has(before.key) && !index.openers.starts(before);
    if (insideName) return null;
    const others = actors.personsNamed(key);
    if (others.length === 0) return candidate;
    if (others.length > 1 || namedInFull.has(candidate.slug)) return null;
    return { ...candidate, slug: others[0].entry.slug, rule: 'discovered' };
  };

  /** "US$2 billion", "9.99 US dollars": a currency, not the state. */
  const isAmount = (sentence: string, tokens: readonly Token[], candidate: Candidate) => {
    const after = tokens[candidate.end];
    return sentence[tokens[candidate.end - 1].end] === '$' || (after?.joined === true && words.currencyWords.has(after.key));
  };

  const accept = (discovery: Discovery): Candidate => {
    const slug = discovery.slug ?? actors.add(discovery.actor!).entry.slug;
    return { start: discovery.start, end: discovery.end, slug, rule: index.bySlug.has(slug) ? 'alias' : 'discovered', introduces: null };
  };

  return {
    recognize(sentence, context) {
      const tokens = tokenize(sentence);
      const known = actors.size;
      const mentions = read(sentence, tokens, context);
      // A name found late in the sentence is also the one written earlier in it ("passed Wal-Mart … seller Wal-Mart").
      return actors.namedAgainBefore(known, sentence, mentions) ? read(sentence, tokens, context) : mentions;
    },
    discovered(slug) {
      return actors.get(slug);
    },
    reset() {
      memory.clear();
      actors.clear();
      namedInFull.clear();
    },
  };

  function read(sentence: string, tokens: readonly Token[], context: RecognitionContext): ActorMention[] {
    let analysis = context.analysis;
    const discovery: DiscoveryContext = {
      sentence, tokens, index, countries, words, actors, surnames, lowerCaseWords: lowerCase,
      // Only the first words are ever asked about: tagging them alone costs a fraction of the sentence.
      analysis: () => (analysis ??= analyseText(sentence.slice(0, tokens[Math.min(tokens.length, TAGGED_PREFIX) - 1].end))),
      tagged: context.analysis ?? null,
    };
    const mentions: ActorMention[] = [];
    /** Capitalised words read up to here: a name is read from its first word only. */
    let readUntil = 0;
    // Left to right, taking the longest phrase at each word, so mentions never overlap.
    for (let at = 0; at < tokens.length; ) {
      const opens = index.openers.starts(tokens[at]);
      const named = tokens[at].capitalized && at >= readUntil;
      // Most words start no phrase at all: skip them without walking the tries.
      if (!opens && !named) {
        at++;
        continue;
      }
      let candidate = opens
        ? checkSurname(
            tokens,
            longer(
              longer(matchPossessorPhrase(index, tokens, at, context.date), matchDefinitePhrase(index, tokens, at, context.date, memory)),
              matchMetonymy(index, tokens, at),
            ),
          )
        : null;
      if (!candidate && (opens || named)) candidate = matchDescription(actors, words, tokens, at);
      if (named) {
        const read = matchDiscovered(discovery, at);
        // A name after words that are not part of it ("A Ruritanian delegation") is read again from its
        // first word, where the gazetteer's phrases compete with it.
        readUntil = read.discovery && read.discovery.start > at ? read.discovery.start : read.runEnd;
        const here = read.discovery?.start === at ? read.discovery : null;
        // "Ruritanian Foreign Minister Jane Doe": the name read after the title keeps the title's owner.
        const owner = candidate?.owner;
        if (here && (!candidate || here.end > candidate.end)) candidate = checkSurname(tokens, { ...accept(here), ...(owner ? { owner } : {}) });
      }
      const notActor = opens ? index.notActors.longest(tokens, at) : null;
      if (notActor && (!candidate || notActor.end >= candidate.end)) {
        at = notActor.end;
        continue;
      }
      if (!candidate || isAmount(sentence, tokens, candidate)) {
        at++;
        continue;
      }
      const start = tokens[candidate.start].start;
      const end = tokens[candidate.end - 1].end;
      mentions.push({ slug: candidate.slug, start, end, text: sentence.slice(start, end), rule: candidate.rule, ...(candidate.owner && candidate.owner !== candidate.slug ? { owner: candidate.owner } : {}) });
      remember(candidate);
      at = candidate.end;
    }
    return mentions;
  }
}
