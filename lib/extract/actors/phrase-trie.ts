import { tokenize, type Token } from './tokenize';

interface TrieNode<T> {
  /** Edges compared in lower case. */
  folded: Map<string, TrieNode<T>>;
  /** Edges for acronyms, compared with their case so "US" is not the pronoun "us". */
  exact: Map<string, TrieNode<T>>;
  values: T[];
}

export interface PhraseMatch<T> {
  /** Index of the token after the phrase. */
  end: number;
  values: T[];
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/**
 * Phrases keyed token by token, so looking one up costs the length of the match, not the number of
 * phrases: the whole gazetteer is tried at a sentence position in one walk.
 */
export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = emptyNode();

  add(phrase: string, value: T): void {
    let node = this.root;
    for (const token of tokenize(phrase)) {
      const acronym = LETTER.test(token.raw) && !LOWER.test(token.raw);
      const edges = acronym ? node.exact : node.folded;
      const edge = acronym ? token.raw : token.key;
      let next = edges.get(edge);
      if (!next) edges.set(edge, (next = emptyNode()));
      node = next;
    }
    if (node !== this.root) node.values.push(value);
  }

  /** Whether some phrase begins with this token: a cheap test before `longest`. */
  starts(token: Token): boolean {
    return this.root.folded.has(token.key) || this.root.exact.has(token.raw);
  }

  /** The longest phrase starting at `tokens[from]` whose words are joined by spaces or hyphens only. */
  longest(tokens: readonly Token[], from: number): PhraseMatch<T> | null {
    return this.walk(this.root, tokens, from, from);
  }

  private walk(node: TrieNode<T>, tokens: readonly Token[], from: number, at: number): PhraseMatch<T> | null {
    const here = at > from && node.values.length > 0 ? { end: at, values: node.values } : null;
    const token = tokens[at];
    const continues = token !== undefined && (at === from || (token.joined && !tokens[at - 1].possessive));
    if (!continues) return here;
    const folded = node.folded.get(token.key);
    const exact = node.exact.get(token.raw);
    const viaFolded = folded ? this.walk(folded, tokens, from, at + 1) : null;
    const viaExact = exact ? this.walk(exact, tokens, from, at + 1) : null;
    return farther(farther(here, viaFolded), viaExact);
  }
}

/** The match reaching further; the first on a tie. */
function farther<T>(best: PhraseMatch<T> | null, match: PhraseMatch<T> | null): PhraseMatch<T> | null {
  return match && (!best || match.end > best.end) ? match : best;
}

function emptyNode<T>(): TrieNode<T> {
  return { folded: new Map(), exact: new Map(), values: [] };
}
