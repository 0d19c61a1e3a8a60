// One extraction worker of ExtractionPool: parses the gazetteer once, then extracts and stages each
// article it is sent and answers on its port, raising the shared counter so the blocked seed thread wakes up.
// The seed thread waits on that counter, not on worker events, so a worker that cannot start says so there too.
import { type MessagePort, workerData } from 'node:worker_threads';
import { extractArticle } from '../extract';
import { type Gazetteer, parseGazetteer } from '../extract/actors';
import type { ExtractionJob, ExtractionReply, WorkerSetup } from './extraction-pool';
import { stageArticle } from './staged-article';

const { port, answered, actorsText, actorsFile } = workerData as WorkerSetup & { port: MessagePort };
const signal = new Int32Array(answered);

function answer(reply: ExtractionReply): void {
  port.postMessage(reply);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

function serve(gazetteer: Gazetteer): void {
  port.on('message', (job: ExtractionJob) => {
    try {
      answer({ id: job.id, staged: stageArticle(extractArticle(job.article, { gazetteer })) });
    } catch (error) {
      answer({ id: job.id, error: `extracting ${job.article.slug} failed: ${messageOf(error)}` });
    }
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

try {
  serve(parseGazetteer(actorsText, actorsFile));
} catch (error) {
  answer({ id: -1, error: `extraction worker did not start: ${messageOf(error)}` });
}
