// One worker of WorkerThreads: parses the gazetteer once, then runs each job it is sent (extract
// and stage an article, or merge a partition) and answers on its port, raising the shared counter
// so the blocked seed thread wakes up.
import { type MessagePort, workerData } from 'node:worker_threads';
import { extractArticle } from '../extract';
import { parseGazetteer } from '../extract/actors';
import { mergePartition, stageArticle } from './staged-article';
import type { PipelineJob, PipelineReply, WorkerSetup } from './worker-threads';

const { port, answered, actorsText, actorsFile } = workerData as WorkerSetup & { port: MessagePort };
const gazetteer = parseGazetteer(actorsText, actorsFile);
const signal = new Int32Array(answered);

function run(job: PipelineJob): PipelineReply {
  try {
    if (job.kind === 'merge') return { id: job.id, merged: mergePartition(job.events) };
    return { id: job.id, staged: stageArticle(extractArticle(job.article, { gazetteer })) };
  } catch (error) {
    const what = job.kind === 'merge' ? 'merging a partition' : `extracting ${job.article.slug}`;
    return { id: job.id, error: `${what} failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

port.on('message', (job: PipelineJob) => {
  port.postMessage(run(job));
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
