// The CLI's hook for linting many files: read each in order, lint on the `--jobs` runner, answer in the same order.
import type {Config, Locale} from '../core/index.js';
import type {LintCache} from './cache.js';
import type {Draft} from './files.js';
import type {LintOutcome} from './lint-file.js';
import {createLintRunner, type LintRunner} from './pool.js';

/**
 * One file's result, in the order the files were given: its draft and lint outcome (none when the draft was
 * skipped), or the error that stopped reading it (then it is the last entry: a run stops at its first problem).
 */
export type FileLint =
  | {file: string; draft: Draft; outcome?: LintOutcome}
  | {file: string; failure: unknown};

/** How to lint: `--jobs`, `--fix`, `--no-inline-config` and `--cache`. */
export interface LintFilesOptions {
  /** Threads to use, at least 1. */
  jobs: number;
  fix: boolean;
  /** False for `--no-inline-config`: the drafts' directives are ignored (and the cache, keyed without it, is not used). */
  inlineConfig: boolean;
  /** Results of earlier runs: a draft found there is not linted again, and new results are added to it. */
  cache?: LintCache;
  /** `--locale`: the language of the messages (`en` when undefined). */
  locale?: Locale;
}

/**
 * Files being read ahead of the one linted: each read is a few round trips to libuv's thread pool (stat, open, read,
 * close), which one after another left the main thread idle most of a run answered from the cache (2,000 drafts:
 * 2.5 s idle of 4.4 s under load). 32 drafts of news size are well under a megabyte in memory.
 */
export const readAhead = 32;

/**
 * Read and lint `files`. Up to {@link readAhead} files are read at once in the calling thread (so `load` may use an
 * injected file system) while the drafts already read are linted on the runner; drafts go to the runner and results
 * come back in `files`' order, so reports are byte-identical whatever `jobs` is.
 *
 * @param files
 *   Absolute paths.
 * @param load
 *   Reads one file and resolves its config; a rejection stops the run at that file (files after it may have been
 *   read already; their results, and failures, are dropped).
 * @param options
 *   Jobs and fix.
 */
export async function lintFiles(files: readonly string[], load: (file: string) => Promise<{config: Config; draft: Draft}>, options: LintFilesOptions): Promise<FileLint[]> {
  // Started at the first draft the cache cannot answer, so a run answered from the cache starts no worker.
  let runner: LintRunner | undefined;
  const cache = options.inlineConfig ? options.cache : undefined;
  const loads: Array<Promise<{config: Config; draft: Draft}> | undefined> = [];
  let started = 0;
  const readUpTo = (end: number) => {
    for (; started < Math.min(end, files.length); started++) {
      const loading = load(files[started]);
      // Awaited in order below; a read past the first failure is never awaited, so its rejection is handled here.
      loading.catch(() => undefined);
      loads[started] = loading;
    }
  };
  try {
    const queued: Array<{file: string; draft: Draft; outcome?: Promise<LintOutcome>} | {file: string; failure: unknown}> = [];
    for (const [index, file] of files.entries()) {
      readUpTo(index + readAhead);
      try {
        const {config, draft} = await loads[index]!;
        loads[index] = undefined;
        let outcome: Promise<LintOutcome> | undefined;
        if (draft.kind === 'text') {
          const cached = cache?.get(file, draft.text, config, options.fix, options.locale);
          if (cached) {
            outcome = Promise.resolve(cached);
          } else {
            runner ??= createLintRunner(options.jobs, files.length - index);
            outcome = runner.lint({text: draft.text, config, fix: options.fix, inlineConfig: options.inlineConfig, locale: options.locale});
            if (cache) outcome = outcome.then((result) => (cache.set(file, draft.text, config, result, options.locale), result));
          }
        }
        queued.push({file, draft, outcome});
      } catch (failure) {
        queued.push({file, failure});
        break;
      }
    }
    const results: FileLint[] = [];
    for (const entry of queued) results.push('failure' in entry ? entry : {file: entry.file, draft: entry.draft, outcome: await entry.outcome});
    return results;
  } finally {
    await runner?.close();
  }
}
