// Entry of each worker thread of the lint pool (bundled as dist/lint-worker.js): lints the drafts the main thread sends.
import {parentPort} from 'node:worker_threads';
import type {Config} from '../core/index.js';
import {lintTask} from './lint-file.js';
import type {WorkerReply, WorkerRequest} from './pool.js';

const configs = new Map<number, Config>();

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.config !== undefined) configs.set(request.configId, request.config);
  const config = configs.get(request.configId);
  const outcome = config === undefined
    ? {error: `worker has no config ${request.configId}`}
    : lintTask({text: request.text, config, fix: request.fix, inlineConfig: request.inlineConfig, locale: request.locale});
  const reply: WorkerReply = {id: request.id, outcome};
  parentPort?.postMessage(reply);
});
