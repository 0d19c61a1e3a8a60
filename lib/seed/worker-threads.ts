import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { ArticleInput } from '../extract/types';
import type { PipelineThreads } from './pipeline-threads';
import type { MergedRow, StagedArticle } from './staged-article';

/** What each worker is started with: the gazetteer to parse and the counter it raises per answer. */
export interface WorkerSetup {
  actorsText: string;
  actorsFile: string;
  answered: SharedArrayBuffer;
}

export type PipelineJob = { id: number; kind: 'extract'; article: ArticleInput } | { id: number; kind: 'merge'; events: string[] };

export type PipelineReply =
  | { id: number; staged: StagedArticle }
  | { id: number; merged: MergedRow[] }
  | { id: number; error: string };

/** Far beyond any one job (an article takes milliseconds, the largest partition seconds); only a dead worker takes this long. */
const ANSWER_TIMEOUT_MS = 120_000;
/** The id of a worker's answer that it could not start. */
const START_FAILED = -1;

/**
 * The pipeline in worker threads, for large corpora: extraction is pure and per article, merging
 * per partition, so workers take both off the seed's thread, which parses and writes meanwhile. The
 * seed runs inside one synchronous SQLite transaction, so this pool is synchronous too: the seed
 * thread blocks on a shared counter (Atomics.wait) that workers raise after each answer, and reads
 * answers straight off the ports (receiveMessageOnPort) with no event loop turn. Articles are handed
 * back in submission order, so the seed writes exactly what InlineThreads would.
 */
export class WorkerThreads implements PipelineThreads {
  private readonly workers: { worker: Worker; port: MessagePort; inFlight: number }[] = [];
  private readonly answered = new Int32Array(new SharedArrayBuffer(4));
  private readonly replies = new Map<number, PipelineReply>();
  private nextId = 0;
  /** Ids of submitted articles not yet taken, oldest first. */
  private readonly articles: number[] = [];

  constructor(size: number, gazetteer: { actorsText: string; actorsFile: string }) {
    for (let i = 0; i < size; i++) {
      const { port1, port2 } = new MessageChannel();
      const setup: WorkerSetup & { port: MessagePort } = { ...gazetteer, answered: this.answered.buffer as SharedArrayBuffer, port: port2 };
      const worker = new Worker(new URL('./pipeline-worker-entry.mjs', import.meta.url), { workerData: setup, transferList: [port2] });
      // A worker never keeps the process alive: close() ends them, and so does the process exiting.
      worker.unref();
      this.workers.push({ worker, port: port1, inFlight: 0 });
    }
  }

  submitArticle(article: ArticleInput): void {
    this.articles.push(this.post({ id: this.nextId, kind: 'extract', article }));
  }

  takeArticle(): StagedArticle {
    const id = this.articles.shift();
    if (id === undefined) throw new Error('takeArticle() without a submitted article');
    const reply = this.wait((ready) => (ready.has(id) ? id : undefined));
    if (!('staged' in reply)) throw new Error(`answer ${id} is no article`);
    return reply.staged;
  }

  get pending(): number {
    return this.articles.length;
  }

  /** One partition per worker at a time (memory holds that many), stored in the order they finish. */
  mergePartitions(partitions: Iterable<string[]>, store: (merged: MergedRow[]) => void): void {
    const running = new Set<number>();
    const takeOne = () => {
      const reply = this.wait((ready) => [...running].find((id) => ready.has(id)));
      running.delete(reply.id);
      if (!('merged' in reply)) throw new Error(`answer ${reply.id} is no partition`);
      store(reply.merged);
    };
    for (const events of partitions) {
      if (running.size >= this.workers.length) takeOne();
      running.add(this.post({ id: this.nextId, kind: 'merge', events }));
    }
    while (running.size > 0) takeOne();
  }

  close(): void {
    for (const { worker, port } of this.workers) {
      port.close();
      void worker.terminate();
    }
  }

  /** Sends a job to the least busy worker; returns its id. */
  private post(job: PipelineJob): number {
    const least = this.workers.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    least.inFlight++;
    least.port.postMessage(job);
    return this.nextId++;
  }

  /** Blocks until `pick` chooses one of the answers received, and returns it. */
  private wait(pick: (ready: Map<number, PipelineReply>) => number | undefined): PipelineReply {
    for (;;) {
      const seen = Atomics.load(this.answered, 0);
      this.drain();
      const failed = this.replies.get(START_FAILED);
      if (failed !== undefined && 'error' in failed) throw new Error(failed.error);
      const id = pick(this.replies);
      if (id !== undefined) {
        const reply = this.replies.get(id)!;
        this.replies.delete(id);
        if ('error' in reply) throw new Error(reply.error);
        return reply;
      }
      if (Atomics.wait(this.answered, 0, seen, ANSWER_TIMEOUT_MS) === 'timed-out') {
        throw new Error(`no pipeline worker answered within ${ANSWER_TIMEOUT_MS / 1000} s`);
      }
    }
  }

  private drain(): void {
    for (const slot of this.workers) {
      for (let message = receiveMessageOnPort(slot.port); message !== undefined; message = receiveMessageOnPort(slot.port)) {
        slot.inFlight--;
        const reply = message.message as PipelineReply;
        this.replies.set(reply.id, reply);
      }
    }
  }
}
