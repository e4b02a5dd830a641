// The library API of the npm package: `import {lint, check} from '@sourced-news/sourced'`. Importing it runs nothing
// and needs no `vscode`; `lint` is the pure core, `check` runs `sourced check` on files with injected I/O.
import {main} from '../cli/main.js';

export {applyFixes, attributionRecords, createLocator, defaultConfig, lint, localizeFinding, resolveConfig, ruleIds, rules} from '../core/index.js';
export type {Attribution, AttributionRecord, Config, Figure, Finding, Fix, LintOptions, LintResult, Locale, Rule, Severity, SeverityOrOff, TextEdit} from '../core/index.js';

/** Options of {@link check}. */
export interface CheckOptions {
  /** Folder the paths are relative to and where the search for `.sourced.json` starts; `process.cwd()` by default. */
  cwd?: string;
  /** A config file used alone instead of the `.sourced.json` files found (the CLI's `--config`). */
  config?: string;
  /** Files larger than this many bytes are skipped (default 2097152, 2 MB). */
  maxFileSize?: number;
  /** The language of the messages (the CLI's `--locale`): `en` (default), `fr` or `de`. */
  locale?: 'en' | 'fr' | 'de';
}

/** One finding as `sourced check --format json` reports it: 1-based lines, UTF-16 columns, `endColumn` exclusive. */
export interface CheckMessage {
  /** The rule id; null for a file that could not be read. */
  ruleId: string | null;
  /** ESLint's severity: 2 for errors, 1 for warnings and info. */
  severity: 1 | 2;
  /** Sourced's own severity. */
  sourcedSeverity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Identity across edits elsewhere in the draft (SARIF's partialFingerprints, baselines). */
  fingerprint?: string;
  /** True for ESLint's fatal message of a file that could not be read. */
  fatal?: true;
}

/** The result for one file, in ESLint's result shape (as `sourced check --format json`). */
export interface CheckResult {
  /** Absolute path. */
  filePath: string;
  messages: CheckMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  infoCount: number;
  baselinedCount: number;
  /** Why the file was skipped (too large); there are then no messages. */
  skipped?: string;
  /** Why the file could not be checked (unreadable, binary, not UTF-8). */
  error?: string;
}

/** A check that could not be run: bad options, a broken config, a path that does not exist. */
export class SourcedError extends Error {
  override name = 'SourcedError';
}

/**
 * Check Markdown drafts on disk as `sourced check` does: the same file selection (folders, globs, `!` exclusions,
 * `.gitignore`, `ignore` globs) and the same `.sourced.json` resolution.
 *
 * @param paths
 *   Files, folders or globs relative to `options.cwd`; none means every draft under it.
 * @returns
 *   One result per file, in the CLI's order. A file that could not be read has `error` set; it does not throw.
 * @throws {SourcedError}
 *   With the CLI's one-line message, for a usage, config or path problem.
 */
export async function check(paths: readonly string[] = [], options: CheckOptions = {}): Promise<CheckResult[]> {
  const argv = ['check', '--format', 'json', '--allow-skipped'];
  if (options.config !== undefined) argv.push('--config', options.config);
  if (options.maxFileSize !== undefined) argv.push('--max-file-size', String(options.maxFileSize));
  if (options.locale !== undefined) argv.push('--locale', options.locale);
  // `--` keeps a path that starts with `-` a path.
  argv.push('--', ...paths);
  let stdout = '';
  let stderr = '';
  await main({argv, cwd: options.cwd ?? process.cwd(), stdout: {write: (text: string) => (stdout += text)}, stderr: {write: (text: string) => (stderr += text)}});
  if (stdout === '') throw new SourcedError(stderr.trim().replace(/^sourced: error: /, ''));
  return JSON.parse(stdout) as CheckResult[];
}
