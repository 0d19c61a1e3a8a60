import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { ArticleInput } from '../extract/types';
import type { ArticleExtractor } from './article-extractor';
import type { StagedArticle } from './staged-article';
import { workerScript } from './worker-script';

/** What each worker is started with: the gazetteer to parse and the counter it raises per answer. */
export interface WorkerSetup {
  actorsText: string;
  actorsFile: string;
  answered: SharedArrayBuffer;
}

export interface ExtractionJob {
  id: number;
  article: ArticleInput;
}

export type ExtractionReply = { id: number; staged: StagedArticle } | { id: number; error: string };

/**
 * A worker's young generation (V8 keeps it at three semi-spaces): 4 MB semi-spaces instead of the
 * default 16 cost no measurable extraction CPU (an article's garbage is short-lived) and save about
 * 25 MB of RSS per worker; 2 MB ones promote more to the old generation, which then grows instead.
 */
const WORKER_YOUNG_GENERATION_MB = 12;

/** Far beyond any one article's extraction (milliseconds); only a dead worker takes this long. */
const ANSWER_TIMEOUT_MS = 120_000;

/**
 * Extraction in worker threads, for large corpora: extraction is pure and per article, so the
 * workers take it off the seed's thread, which parses, writes and merges meanwhile. The seed runs
 * inside one synchronous SQLite transaction, so this pool is synchronous too: the seed thread blocks
 * on a shared counter (Atomics.wait) that workers raise after each answer, and reads the answers
 * straight off the ports (receiveMessageOnPort) with no event loop turn. Answers are handed out in
 * submission order, so the seed writes exactly what an inline extraction would.
 */
export class ExtractionPool implements ArticleExtractor {
  private readonly workers: { worker: Worker; port: MessagePort; inFlight: number }[] = [];
  private readonly answered = new Int32Array(new SharedArrayBuffer(4));
  private readonly replies = new Map<number, ExtractionReply>();
  private submitted = 0;
  private taken = 0;

  constructor(size: number, gazetteer: { actorsText: string; actorsFile: string }) {
    const script = workerScript(new URL('./extract-worker.ts', import.meta.url));
    for (let i = 0; i < size; i++) {
      const { port1, port2 } = new MessageChannel();
      const setup: WorkerSetup & { port: MessagePort } = { ...gazetteer, answered: this.answered.buffer as SharedArrayBuffer, port: port2 };
      const worker = new Worker(script, {
        eval: true, workerData: setup, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
      // A worker never keeps the process alive: close() ends them, and so does the process exiting.
      worker.unref();
      this.workers.push({ worker, port: port1, inFlight: 0 });
    }
  }

  submit(article: ArticleInput): void {
    const least = this.workers.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    least.inFlight++;
    const job: ExtractionJob = { id: this.submitted++, article };
    least.port.postMessage(job);
  }

  take(): StagedArticle {
    if (this.taken === this.submitted) throw new Error('take() without a submitted article');
    const id = this.taken;
    for (;;) {
      const seen = Atomics.load(this.answered, 0);
      this.drain();
      const reply = this.replies.get(id) ?? this.replies.get(-1);
      if (reply !== undefined) {
        this.replies.delete(id);
        this.taken++;
        if ('error' in reply) throw new Error(reply.error);
        return reply.staged;
      }
      if (Atomics.wait(this.answered, 0, seen, ANSWER_TIMEOUT_MS) === 'timed-out') {
        throw new Error(`no extraction worker answered within ${ANSWER_TIMEOUT_MS / 1000} s`);
      }
    }
  }

  get pending(): number {
    return this.submitted - this.taken;
  }

  close(): void {
    for (const { worker, port } of this.workers) {
      port.close();
      void worker.terminate();
    }
  }

  private drain(): void {
    for (const slot of this.workers) {
      for (let message = receiveMessageOnPort(slot.port); message !== undefined; message = receiveMessageOnPort(slot.port)) {
        const reply = message.message as ExtractionReply;
        slot.inFlight--;
        this.replies.set(reply.id, reply);
      }
    }
  }
}
