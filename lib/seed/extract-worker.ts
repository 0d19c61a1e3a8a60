// One extraction worker of ExtractionPool: parses the gazetteer once, then extracts and stages each
// article it is sent and answers on its port, raising the shared counter so the blocked seed thread wakes up.
import { type MessagePort, workerData } from 'node:worker_threads';
import { extractArticle } from '../extract';
import { parseGazetteer } from '../extract/actors';
import type { ExtractionJob, ExtractionReply, WorkerSetup } from './extraction-pool';
import { stageArticle } from './staged-article';

const { port, answered, actorsText, actorsFile } = workerData as WorkerSetup & { port: MessagePort };
const gazetteer = parseGazetteer(actorsText, actorsFile);
const signal = new Int32Array(answered);

port.on('message', (job: ExtractionJob) => {
  let reply: ExtractionReply;
  try {
    reply = { id: job.id, staged: stageArticle(extractArticle(job.article, { gazetteer })) };
  } catch (error) {
    reply = { id: job.id, error: `extracting ${job.article.slug} failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  port.postMessage(reply);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
