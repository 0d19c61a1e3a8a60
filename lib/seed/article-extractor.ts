import { extractArticle } from '../extract';
import type { Gazetteer } from '../extract/actors/types';
import type { ArticleInput } from '../extract/types';
import { type StagedArticle, stageArticle } from './staged-article';

/** Extracts and stages articles in the order they are submitted, on this thread or elsewhere. */
export interface ArticleExtractor {
  submit(article: ArticleInput): void;
  /** The oldest submitted article not yet taken; waits for it if need be. */
  take(): StagedArticle;
  /** Submitted and not yet taken. */
  readonly pending: number;
  close(): void;
}

/** Extraction on the seed's own thread: no start-up cost, so the choice for small corpora. */
export class InlineExtractor implements ArticleExtractor {
  private readonly done: StagedArticle[] = [];

  constructor(private readonly gazetteer: Gazetteer) {}

  submit(article: ArticleInput): void {
    this.done.push(stageArticle(extractArticle(article, { gazetteer: this.gazetteer })));
  }

  take(): StagedArticle {
    const next = this.done.shift();
    if (next === undefined) throw new Error('take() without a submitted article');
    return next;
  }

  get pending(): number {
    return this.done.length;
  }

  close(): void {}
}
