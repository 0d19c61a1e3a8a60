// A worker thread cannot start from a .ts file, even under tsx (Node refuses the extension before any
// loader runs): this plain module registers tsx in the worker, then loads the TypeScript worker.
// A worker that cannot start says so on its port, since the seed thread waits there, not on events.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

try {
  register();
  await import('./extract-worker.ts');
} catch (error) {
  workerData.port.postMessage({ id: -1, error: `extraction worker did not start: ${error instanceof Error ? error.message : error}` });
  const signal = new Int32Array(workerData.answered);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}
