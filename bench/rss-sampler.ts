import { Worker } from 'node:worker_threads';

/**
 * Samples the process's resident set size from a worker thread: the seed is synchronous, so a timer
 * on the main thread would never fire while it runs. The worker is plain JavaScript (no TypeScript
 * loader needed) and costs a few MB of its own, which the figures include.
 */
const SAMPLER_SOURCE = `
const { workerData } = require('node:worker_threads');
const peak = new Float64Array(workerData.peak);
const sample = () => { const rss = process.memoryUsage.rss(); if (rss > peak[0]) peak[0] = rss; };
sample();
setInterval(sample, workerData.intervalMs);
`;

export interface RssSampler {
  /** Stops sampling and returns the highest RSS seen, in bytes. */
  stop(): Promise<number>;
}

export function startRssSampler(intervalMs = 20): RssSampler {
  const peak = new Float64Array(new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT));
  const worker = new Worker(SAMPLER_SOURCE, { eval: true, workerData: { peak: peak.buffer, intervalMs } });
  return {
    async stop() {
      await worker.terminate();
      return Math.max(peak[0], process.memoryUsage.rss());
    },
  };
}
