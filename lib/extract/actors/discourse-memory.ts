import type { ActorKind } from './types';

/** What "the delegation" or "the organization" points back to, across the sentences of one article. */
export class DiscourseMemory {
  private readonly referents = new Map<string, string>();

  /** An actor written right before a noun ("an Acme delegation"). */
  rememberNoun(noun: string, slug: string): void {
    this.referents.set(`noun ${noun}`, slug);
  }

  /** The latest actor of a kind ("the organization" → the last organisation named). */
  rememberKind(kind: ActorKind, slug: string): void {
    this.referents.set(`kind ${kind}`, slug);
  }

  recall(source: { noun: string } | { kind: ActorKind }): string | undefined {
    return this.referents.get('noun' in source ? `noun ${source.noun}` : `kind ${source.kind}`);
  }

  clear(): void {
    this.referents.clear();
  }
}
