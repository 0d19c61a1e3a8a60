import { discoveredSlug } from './discovered-slug';
import type { ActorEntry, ActorKind, ActorMention } from './types';

/** An actor found in the text, with the words of its full name to tell its short forms. */
export interface DiscoveredActor {
  entry: ActorEntry;
  /** Folded words of the full name ("maria lopez"). */
  words: string[];
  /** Organisation types its name shows ("airline" for "Example Airlines"), for "the airline". */
  types: string[];
}

export interface Alias {
  text: string;
  key: string;
}

export interface NewActor {
  name: string;
  words: string[];
  kind: ActorKind;
  evidence: string;
  types: string[];
  /** Other spellings seen for it in the same phrase (the name with "Inc.", an acronym), with their folded words. */
  aliases: Alias[];
  affiliation: string | null;
}

/**
 * The actors one article names that the gazetteer does not list. A full name's later short forms
 * ("Lopez", "President Lopez") are the same actor, unless another full name shares the word.
 */
export class ArticleActors {
  private readonly byKey = new Map<string, DiscoveredActor>();
  private readonly bySlug = new Map<string, DiscoveredActor>();
  /** In the order first named, for "the airline" (the nearest earlier one of its type). */
  private readonly named: DiscoveredActor[] = [];

  constructor(private readonly reserved: (slug: string) => boolean) {}

  add(actor: NewActor): DiscoveredActor {
    const slug = discoveredSlug(actor.name, actor.kind, (s) => this.reserved(s));
    const known = this.bySlug.get(slug);
    if (known) {
      this.alias(known, actor.aliases);
      return known;
    }
    const entry: ActorEntry = {
      slug, name: actor.name, kind: actor.kind, aliases: [], affiliation: actor.affiliation, roles: [], demonyms: [],
      discovered: true, evidence: actor.evidence,
    };
    const discovered: DiscoveredActor = { entry, words: actor.words, types: actor.types };
    this.bySlug.set(slug, discovered);
    this.byKey.set(actor.words.join(' '), discovered);
    this.named.push(discovered);
    this.alias(discovered, actor.aliases);
    return discovered;
  }

  /** Another spelling of a known actor ("RRU" for the Rapid Response Unit). */
  alias(actor: DiscoveredActor, aliases: readonly Alias[]): void {
    for (const { text, key } of aliases) {
      if (text !== actor.entry.name && !actor.entry.aliases.includes(text)) actor.entry.aliases = [...actor.entry.aliases, text].sort();
      if (!this.byKey.has(key)) this.byKey.set(key, actor);
    }
  }

  get size(): number {
    return this.named.length;
  }

  /**
   * Whether an actor added since the first `since` was written, by the first word of its name, before
   * its first mention in this sentence: then reading the sentence again finds that earlier mention too.
   */
  namedAgainBefore(since: number, sentence: string, mentions: readonly ActorMention[]): boolean {
    for (const actor of this.named.slice(since)) {
      const first = mentions.find((mention) => mention.slug === actor.entry.slug);
      const word = actor.entry.name.split(/\s/u)[0];
      if (first && sentence.slice(0, first.start).includes(word)) return true;
    }
    return false;
  }

  get(slug: string): ActorEntry | undefined {
    return this.bySlug.get(slug)?.entry;
  }

  /**
   * The actor these words name: one spelled so, or the one full name they are part of ("Lopez" in
   * "Maria Lopez"). `ambiguous` when they are part of several ("Lopez" with Maria and Carlos Lopez).
   */
  find(words: readonly string[]): DiscoveredActor | 'ambiguous' | null {
    const exact = this.exact(words);
    if (exact) return exact;
    // An initial ("A" of "James A. Baker") names nobody alone.
    if (words.length === 1 && words[0].length === 1) return null;
    const holders = new Set(this.named.filter((actor) => containsRun(actor.words, words)));
    if (holders.size > 1) return 'ambiguous';
    return holders.size === 1 ? [...holders][0] : null;
  }

  /** The actor spelled exactly so (a full name or an alias), if any. */
  exact(words: readonly string[]): DiscoveredActor | null {
    return this.byKey.get(words.join(' ')) ?? null;
  }

  /** The persons whose full name has this word, for a surname the gazetteer gives to someone else. */
  personsNamed(word: string): DiscoveredActor[] {
    return this.named.filter((actor) => actor.entry.kind === 'person' && actor.words.length > 1 && actor.words.includes(word));
  }

  /** The one organisation named so far with one of these types ("the airline"); null when none or several. */
  soleOfTypes(types: readonly string[]): DiscoveredActor | null {
    const fitting = this.named.filter((actor) => actor.types.some((type) => types.includes(type)));
    return fitting.length === 1 ? fitting[0] : null;
  }

  clear(): void {
    this.byKey.clear();
    this.bySlug.clear();
    this.named.length = 0;
  }
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0 || run.length >= words.length) return false;
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let j = 0; j < run.length; j++) if (words[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}
