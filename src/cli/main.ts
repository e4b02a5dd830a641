// The `sourced` CLI as a library: main(params) → exit code, with all I/O injected (the bin only wires up process).
import * as path from 'node:path';
import {lint, ruleIds, rules, type Attribution, type Config} from '../core/index.js';
import {findRepositoryRoot} from '../project/node.js';
import {readRuleDoc} from '../project/rule-docs.js';
import {version} from '../../package.json';
import {helpText, parseCommand, UsageError, type CheckOptions, type Format, type SourcesOptions} from './args.js';
import {applyBaseline, formatBaseline, readBaseline} from './baseline.js';
import {ConfigLoader} from './config-file.js';
import {cacheFile, LintCache} from './cache.js';
import {CliError, describeSystemError} from './errors.js';
import {displayPath, findFiles, readDraft, readStdin, realFs, writeFileAtomic, type CliFs, type Draft} from './files.js';
import {github} from './formatters/github.js';
import {lintTask, type LintOutcome} from './lint-file.js';
import {lintFiles} from './lint-files.js';
import {json} from './formatters/json.js';
import {sarif} from './formatters/sarif.js';
import {sourcesJson, sourcesMarkdown, sourcesStylish, type SourcesReport} from './formatters/sources.js';
import {stylish} from './formatters/stylish.js';
import {allMessages, printable, tally, type FileReport, type Formatter} from './report.js';

/** Somewhere text can be written: process.stdout, or a test's buffer. */
export interface Writer {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Everything the CLI touches, passed in. */
export interface MainParams {
  /** Arguments after the program name. */
  argv: readonly string[];
  /** Absolute working folder. */
  cwd: string;
  /** Read when `-` is among the paths. */
  stdin?: AsyncIterable<Uint8Array | string> | string;
  stdout: Writer;
  stderr: Writer;
  /** File access; the real file system by default. */
  fs?: CliFs;
  /** Environment, for NO_COLOR and FORCE_COLOR; empty by default. */
  env?: Readonly<Record<string, string | undefined>>;
}

const formatters: Record<Format, Formatter> = {stylish, json, sarif, github};

/**
 * Run the CLI.
 *
 * @returns
 *   0 when no errors were found, 1 on errors (or more warnings than `--max-warnings`),
 *   2 on a usage, config or file problem (reported as one line on stderr).
 */
export async function main(params: MainParams): Promise<number> {
  const {stdout, stderr} = params;
  try {
    const command = parseCommand(params.argv);
    switch (command.kind) {
      case 'help':
        stdout.write(helpText);
        return 0;
      case 'version':
        stdout.write(`${version}\n`);
        return 0;
      case 'list-rules':
        stdout.write(listRules(command.format));
        return 0;
      case 'explain':
        if (!ruleIds.includes(command.ruleId)) throw new UsageError(`unknown rule "${command.ruleId}" (rules: ${ruleIds.join(', ')})`);
        stdout.write(readRuleDoc(command.ruleId).markdown);
        return 0;
      case 'check':
        return await check(command.options, params);
      case 'sources':
        return await sources(command.options, params);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      stderr.write(`sourced: error: ${error.message} (try "sourced --help")\n`);
    } else if (error instanceof CliError) {
      stderr.write(`sourced: error: ${oneLine(error.message)}\n`);
    } else {
      stderr.write(`sourced: error: internal error: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    }
    return 2;
  }
}

/**
 * The inputs `check` and `sources` share: the config loader, the files the patterns select, and the absolute
 * `--output` path (refused when it is one of the inputs).
 *
 * @throws {CliError}
 *   On a bad explicit config, a pattern that selects nothing, or an output that would overwrite an input.
 */
async function selectInputs(options: {patterns: string[]; config?: string; output?: string}, params: MainParams) {
  const fs = params.fs ?? realFs;
  const cwd = params.cwd;
  const loader = new ConfigLoader(fs, cwd, options.config);
  // An explicit --config is validated first, even if there turns out to be nothing to check.
  if (options.config !== undefined) await loader.forFolder(cwd);
  const files = await findFiles(fs, loader.project, cwd, options.patterns).catch((error: unknown) => {
    throw loader.toCliError(error);
  });
  const output = options.output === undefined ? undefined : path.resolve(cwd, options.output);
  if (output !== undefined && files.includes(output)) throw new CliError('--output would overwrite a file being checked', options.output);
  return {fs, cwd, loader, files, output};
}

/**
 * Write a report to stdout, or whole (atomically) to `--output`.
 *
 * @throws {CliError}
 *   When the output file cannot be written; `shown` is the path as the user gave it.
 */
async function writeReport(text: string, output: string | undefined, shown: string | undefined, params: MainParams): Promise<void> {
  if (output === undefined) {
    params.stdout.write(text);
    return;
  }
  const fs = params.fs ?? realFs;
  try {
    // A report path in a new folder (reports/sourced.sarif) is common in CI: create the folder.
    await fs.mkdir(path.dirname(output), {recursive: true});
    await writeFileAtomic(fs, output, text);
  } catch (error) {
    throw new CliError(`cannot write output: ${describeSystemError(error)}`, shown);
  }
}

/** Lint everything asked for; nothing is written (fixes, report) until every input has been read and checked. */
async function check(options: CheckOptions, params: MainParams): Promise<number> {
  const {fs, cwd, loader, files, output} = await selectInputs(options, params);

  const reports: FileReport[] = [];
  const pendingWrites: Array<{file: string; original: string; text: string}> = [];
  if (options.patterns.includes('-')) {
    const named = options.stdinFilename === undefined ? undefined : path.resolve(cwd, options.stdinFilename);
    const {config} = await loader.forFolder(named ? path.dirname(named) : cwd);
    const shown = named ? displayPath(cwd, named) : '<stdin>';
    const draft = await readStdin(params.stdin, options.maxFileSize).catch((error: unknown) => unreadable(error, shown));
    const outcome = draft.kind === 'text' ? lintTask({text: draft.text, config, fix: false, inlineConfig: options.inlineConfig, locale: options.locale}) : undefined;
    reports.push(toReport(draft, outcome, named ?? '<stdin>', shown).report);
  }
  const cache = options.cache ? await LintCache.open(fs, await cacheFile(fs, cwd, options.cacheLocation), sourcedBuild(), (line) => params.stderr.write(line)) : undefined;
  const load = async (file: string) => {
    const {config} = await loader.forFolder(path.dirname(file));
    const shown = displayPath(cwd, file);
    // A draft that cannot be read is reported with the others, which are still checked; the run then exits 2.
    return {config, draft: await readDraft(fs, file, shown, options.maxFileSize).catch((error: unknown) => unreadable(error, shown))};
  };
  for (const result of await lintFiles(files, load, {jobs: options.jobs, fix: options.fix, inlineConfig: options.inlineConfig, cache, locale: options.locale})) {
    if ('failure' in result) throw result.failure;
    const {file, draft} = result;
    const {report, fixedText} = toReport(draft, result.outcome, file, displayPath(cwd, file));
    reports.push(report);
    if (fixedText !== undefined && draft.kind === 'text') pendingWrites.push({file, original: draft.text, text: fixedText});
  }

  // The cache only saves time: a cache that cannot be written is a notice, not a failed run.
  await cache?.save().catch((error: unknown) => params.stderr.write(`sourced: cannot write the cache ${cache.file}: ${describeSystemError(error)}\n`));

  for (const {file, original, text} of pendingWrites) {
    const shown = displayPath(cwd, file);
    // If the writer saved the draft while we were checking it, their text wins: never overwrite unseen edits.
    const current = await readDraft(fs, file, shown, Number.MAX_SAFE_INTEGER);
    if (current.kind !== 'text' || current.text !== original) throw new CliError('file changed while it was being fixed; run --fix again', shown);
    try {
      const {mode} = await fs.stat(file);
      await writeFileAtomic(fs, file, text, mode & 0o7777);
    } catch (error) {
      throw new CliError(`cannot write fixes: ${describeSystemError(error)}`, shown);
    }
  }

  const root = options.base === undefined ? ((await findRepositoryRoot(cwd)) ?? cwd) : path.resolve(cwd, options.base);
  if (options.baseline !== undefined) {
    const file = path.resolve(cwd, options.baseline);
    applyBaseline(reports, await readBaseline(fs, file, options.baseline), root);
  }
  const shown = options.quiet ? reports.map(({accepted: _accepted, ...r}) => ({...r, messages: r.messages.filter((m) => m.severity === 'error' && !m.baselined)})) : reports;
  const counts = tally(allMessages(reports));
  const visible = tally(allMessages(shown));
  const hidden = counts.warnings + counts.infos - visible.warnings - visible.infos;
  const color = options.color ?? (output === undefined && useColor(params));
  const text = formatters[options.format](shown, {color, cwd, root, hidden, locale: options.locale});
  await writeReport(text, output, options.output, params);
  if (options.writeBaseline !== undefined) {
    await writeReport(formatBaseline(reports, root), path.resolve(cwd, options.writeBaseline), options.writeBaseline, params);
  }

  const failed = reports.filter((r) => r.error).length;
  const skipped = options.allowSkipped ? 0 : reports.filter((r) => r.skipped).length;
  if (failed > 0 || skipped > 0) {
    const why = [failed > 0 ? `${failed} file${failed === 1 ? '' : 's'} could not be checked` : '', skipped > 0 ? `${skipped} file${skipped === 1 ? ' was' : 's were'} skipped for size (--allow-skipped lets that pass)` : ''];
    params.stderr.write(`sourced: error: ${why.filter(Boolean).join('; ')}\n`);
    return 2;
  }
  if (counts.errors > 0) return 1;
  if (options.maxWarnings !== undefined && counts.warnings > options.maxWarnings) {
    params.stderr.write(`sourced: ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/**
 * A file that cannot be read or decoded as a draft, its line (invalid UTF-8) moved into the reason so that the
 * path stays a path; any other error is not a file problem and propagates.
 */
function unreadable(error: unknown, shown: string): Draft {
  if (!(error instanceof CliError)) throw error;
  const line = error.where?.startsWith(`${shown}:`) ? ` (line ${error.where.slice(shown.length + 1)})` : '';
  return {kind: 'unreadable', reason: `${error.what}${line}`};
}

/**
 * Colour for stdout when `--color`/`--no-color` are not given: FORCE_COLOR (anything but `0` or `false`) turns it
 * on, then a non-empty NO_COLOR turns it off (https://no-color.org), then a terminal has it.
 */
function useColor(params: MainParams): boolean {
  const force = params.env?.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (params.env?.NO_COLOR) return false;
  return params.stdout.isTTY === true;
}

/**
 * `sourced sources`: the same file selection and config as `check`; prints every attribution. Exit codes as for
 * `check` (1 when a draft has error-severity findings).
 */
async function sources(options: SourcesOptions, params: MainParams): Promise<number> {
  const {fs, cwd, loader, files, output} = await selectInputs(options, params);

  const reports: SourcesReport[] = [];
  let errors = 0;
  const add = (draft: Draft, config: Config, filePath: string, shown: string): void => {
    if (draft.kind === 'skipped') {
      reports.push({filePath, displayPath: shown, text: '', attributions: [], skipped: draft.reason});
      return;
    }
    if (draft.kind === 'unreadable') throw new CliError(draft.reason, shown);
    let result;
    try {
      result = lint(draft.text, {config});
    } catch (error) {
      throw new CliError(`internal error while checking: ${error instanceof Error ? error.message : String(error)}`, shown);
    }
    errors += result.findings.filter((f) => f.severity === 'error').length;
    // Offsets index the file as read: a byte-order mark is one code unit before the text.
    const shift = draft.bom ? 1 : 0;
    const move = <T extends {start: number; end: number}>(r: T): T => ({...r, start: r.start + shift, end: r.end + shift});
    const attributions = shift === 0 ? result.attributions : result.attributions.map((a): Attribution => ({
      ...move(a), source: a.source && move(a.source), cue: move(a.cue), content: a.content.map(move),
      sentenceStart: a.sentenceStart + shift, sentenceEnd: a.sentenceEnd + shift,
    }));
    reports.push({filePath, displayPath: shown, text: draft.bom ? `\ufeff${draft.text}` : draft.text, attributions});
  };
  if (options.patterns.includes('-')) {
    const named = options.stdinFilename === undefined ? undefined : path.resolve(cwd, options.stdinFilename);
    const {config} = await loader.forFolder(named ? path.dirname(named) : cwd);
    add(await readStdin(params.stdin, options.maxFileSize), config, named ?? '<stdin>', named ? displayPath(cwd, named) : '<stdin>');
  }
  for (const file of files) {
    const shown = displayPath(cwd, file);
    const {config} = await loader.forFolder(path.dirname(file));
    add(await readDraft(fs, file, shown, options.maxFileSize), config, file, shown);
  }
  const format = {stylish: sourcesStylish, json: sourcesJson, markdown: sourcesMarkdown}[options.format];
  const text = format(reports);
  await writeReport(text, output, options.output, params);
  return errors > 0 ? 1 : 0;
}

/**
 * What made a cached result: the version in package.json and, in a bundle, a hash of the sources it was built from
 * (esbuild.js), so a rebuilt Sourced never trusts its predecessor's results.
 */
function sourcedBuild(): string {
  const build = process.env.SOURCED_BUILD_ID;
  return build ? `${version}+${build}` : version;
}

/** A file's report from its lint outcome (none for a skipped draft); `fixedText` is set only when the text changed. */
function toReport(draft: Draft, outcome: LintOutcome | undefined, filePath: string, shown: string): {report: FileReport; fixedText?: string} {
  if (draft.kind === 'skipped') return {report: {filePath, displayPath: shown, messages: [], skipped: draft.reason}};
  if (draft.kind === 'unreadable') return {report: {filePath, displayPath: shown, messages: [], error: draft.reason}};
  // A core bug must not pass for a clean file.
  if (outcome === undefined || 'error' in outcome) throw new CliError(`internal error while checking: ${outcome?.error ?? 'no result'}`, shown);
  const report: FileReport = {
    filePath,
    displayPath: shown,
    messages: outcome.messages,
    ...(outcome.accepted && outcome.accepted.length > 0 ? {accepted: outcome.accepted} : {}),
    ...(outcome.applied > 0 ? {fixed: outcome.applied} : {}),
  };
  if (outcome.fixedText === undefined) return {report};
  return {report, fixedText: draft.bom ? `\ufeff${outcome.fixedText}` : outcome.fixedText};
}

/** The rule list for `--list-rules`: a table, or JSON with `--format json`. */
function listRules(format: Format): string {
  const rows = rules.map((rule) => ({id: rule.id, defaultSeverity: rule.defaultSeverity, fixable: rule.fixable, tags: [...rule.tags], description: rule.description, summary: readRuleDoc(rule.id).summary}));
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  return rows.map((r) => `${r.id.padEnd(idWidth)}  ${r.defaultSeverity.padEnd(7)}  ${r.description}`).join('\n') + '\n';
}

/** One printable line of bounded length: messages can quote keys from a hostile config. */
function oneLine(text: string): string {
  const line = printable(text);
  return line.length > 500 ? `${line.slice(0, 500)}…` : line;
}
