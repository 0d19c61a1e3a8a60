import { extractArticle } from '../extract';
import type { Gazetteer } from '../extract/actors/types';
import type { ArticleInput } from '../extract/types';
import { type MergedRow, mergePartition, type StagedArticle, stageArticle } from './staged-article';

/**
 * Where the seed runs the pure, CPU-heavy parts of the pipeline: extracting articles and merging
 * partitions, on its own thread (InlineThreads) or in worker threads (WorkerThreads).
 */
export interface PipelineThreads {
  /** Queues an article; articles come back from takeArticle() in the order they were submitted. */
  submitArticle(article: ArticleInput): void;
  /** The oldest submitted article not yet taken, extracted and staged; waits for it if need be. */
  takeArticle(): StagedArticle;
  /** Articles submitted and not yet taken. */
  readonly pending: number;
  /** Merges each partition (its staged events, in reading order), giving each result to `store` as it is ready. */
  mergePartitions(partitions: Iterable<string[]>, store: (merged: MergedRow[]) => void): void;
  close(): void;
}

/** Everything on the seed's own thread: no start-up cost, so the choice for small corpora. */
export class InlineThreads implements PipelineThreads {
  private readonly done: StagedArticle[] = [];

  constructor(private readonly gazetteer: Gazetteer) {}

  submitArticle(article: ArticleInput): void {
    this.done.push(stageArticle(extractArticle(article, { gazetteer: this.gazetteer })));
  }

  takeArticle(): StagedArticle {
    const next = this.done.shift();
    if (next === undefined) throw new Error('takeArticle() without a submitted article');
    return next;
  }

  get pending(): number {
    return this.done.length;
  }

  mergePartitions(partitions: Iterable<string[]>, store: (merged: MergedRow[]) => void): void {
    for (const events of partitions) store(mergePartition(events));
  }

  close(): void {}
}
