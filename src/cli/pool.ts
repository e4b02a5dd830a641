// `--jobs`: lint drafts on every core with a worker_threads pool; results come back per draft, in the order asked.
import {existsSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import * as path from 'node:path';
import {Worker} from 'node:worker_threads';
import type {Config} from '../core/index.js';
import {lintTask, type LintOutcome, type LintTask} from './lint-file.js';

/** Lints drafts, one call per draft; results are the same whichever runner is used. */
export interface LintRunner {
  /** Lint one draft. Never rejects: a core error or a crashed worker comes back as `{error}`. */
  lint(task: LintTask): Promise<LintOutcome>;
  /** Stop the workers, if any. */
  close(): Promise<void>;
}

/** A message to a worker: a draft, and its config the first time that worker sees it. */
export interface WorkerRequest {
  id: number;
  text: string;
  fix: boolean;
  inlineConfig: boolean;
  locale?: LintTask['locale'];
  configId: number;
  config?: Config;
}

/** A worker's answer to one {@link WorkerRequest}. */
export interface WorkerReply {
  id: number;
  outcome: LintOutcome;
}

/** `--jobs` when it is not given: one thread per core the process may use (`os.availableParallelism()`). */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * The bundled worker script (`lint-worker.js` beside `dist/cli.js`), or undefined when there is none, as when the
 * CLI runs from its TypeScript source before a build.
 */
export function workerScript(): string | undefined {
  const candidates = [path.join(__dirname, 'lint-worker.js'), path.join(__dirname, '..', '..', 'dist', 'lint-worker.js')];
  return candidates.find((file) => existsSync(file));
}

/**
 * Drafts each thread must have before another is used: starting a worker (loading the bundled core, warming up its
 * compiler) costs about as much as linting four news drafts of 1,000 words (measured with bench/many-files.ts), nine
 * in CPU time at load 10 (session 28: 40 drafts, --jobs 2 with two workers took 0.6 s more CPU than --jobs 1), so a
 * few files are quicker on one thread.
 */
export const draftsPerWorker = 8;

/**
 * A runner for `drafts` drafts with at most `jobs` threads: in the calling thread when one thread is enough
 * (`jobs` 1, fewer than 2 × {@link draftsPerWorker} drafts, or no bundled worker script), otherwise a pool of
 * `min(jobs, drafts / draftsPerWorker)` threads: the calling thread, which has the core loaded and warm already, and
 * one worker fewer.
 *
 * @param jobs
 *   `--jobs`, at least 1.
 * @param drafts
 *   How many drafts will be linted.
 */
export function createLintRunner(jobs: number, drafts: number): LintRunner {
  const script = workerScript();
  const threads = Math.min(jobs, Math.floor(drafts / draftsPerWorker));
  if (threads <= 1 || script === undefined) return {lint: async (task) => lintTask(task), close: async () => undefined};
  return new WorkerPool(script, threads);
}

// Drafts handed to one worker before it answers: enough that it never waits on the main thread between drafts.
const inFlightPerWorker = 8;

/** A thread that lints: a worker, or the calling thread itself (no worker, one draft at a time). */
interface Slot {
  worker?: Worker;
  busy: number;
  sentConfigs: Set<number>;
}

class WorkerPool implements LintRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<{id: number; task: LintTask}> = [];
  private readonly pending = new Map<number, {slot?: Slot; resolve: (outcome: LintOutcome) => void}>();
  private readonly configIds = new WeakMap<Config, number>();
  private nextId = 0;
  private nextConfigId = 0;

  /**
   * @param threads
   *   Threads that lint, at least 2: the calling thread and `threads - 1` workers. The calling thread lints one draft
   *   at a time between events (file reads, workers' replies), so it keeps feeding the workers; a worker costs its
   *   start-up, its own module load and its own JIT warm-up (CPU that --jobs 1 does not spend).
   */
  constructor(script: string, threads: number) {
    this.slots.push({busy: 0, sentConfigs: new Set()});
    for (let i = 1; i < threads; i++) {
      const slot: Slot = {worker: new Worker(script), busy: 0, sentConfigs: new Set()};
      const worker = slot.worker!;
      worker.on('message', (reply: WorkerReply) => this.settle(reply.id, reply.outcome));
      // A worker that dies takes its drafts with it: they are reported as errors, never as clean files.
      const fail = (why: string) => {
        const index = this.slots.indexOf(slot);
        if (index === -1) return;
        this.slots.splice(index, 1);
        for (const [id, entry] of this.pending) if (entry.slot === slot) this.settle(id, {error: why});
      };
      worker.on('error', (error) => fail(`worker failed: ${error.message}`));
      worker.on('exit', (code) => fail(`worker exited with code ${code}`));
      this.slots.push(slot);
    }
  }

  lint(task: LintTask): Promise<LintOutcome> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, {resolve});
      this.queue.push({id, task});
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((slot) => slot.worker?.terminate()));
  }

  private settle(id: number, outcome: LintOutcome): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    if (entry.slot) entry.slot.busy--;
    entry.resolve(outcome);
    this.dispatch();
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.reduce<Slot | undefined>(
        (best, s) => (s.busy < (s.worker ? inFlightPerWorker : 1) && (!best || s.busy < best.busy) ? s : best),
        undefined,
      );
      if (!slot) return;
      const {id, task} = this.queue.shift()!;
      slot.busy++;
      this.pending.get(id)!.slot = slot;
      if (!slot.worker) {
        // The calling thread: after the events already waiting, so replies and reads are handled between drafts.
        setImmediate(() => this.settle(id, lintTask(task)));
        continue;
      }
      let configId = this.configIds.get(task.config);
      if (configId === undefined) {
        configId = this.nextConfigId++;
        this.configIds.set(task.config, configId);
      }
      const request: WorkerRequest = {id, text: task.text, fix: task.fix, inlineConfig: task.inlineConfig, ...(task.locale ? {locale: task.locale} : {}), configId};
      if (!slot.sentConfigs.has(configId)) {
        request.config = task.config;
        slot.sentConfigs.add(configId);
      }
      slot.worker.postMessage(request);
    }
  }
}
