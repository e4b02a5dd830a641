// Command-line parsing for `sourced`: node:util parseArgs plus the checks that make flag combinations sensible.
import {parseArgs} from 'node:util';
import {isLocale, locales, type Locale} from '../core/index.js';
import {defaultJobs} from './pool.js';

/** Output formats `--format` accepts. */
export const formats = ['stylish', 'json', 'sarif', 'github'] as const;

/** One of {@link formats}. */
export type Format = (typeof formats)[number];

/** Output formats `sourced sources --format` accepts: a list for people, the attribution JSON, a Markdown source list. */
export const sourcesFormats = ['stylish', 'json', 'markdown'] as const;

/** One of {@link sourcesFormats}. */
export type SourcesFormat = (typeof sourcesFormats)[number];

/** Default for `--max-file-size`: larger drafts are skipped, not linted. */
export const defaultMaxFileSize = 2 * 1024 * 1024;

/** What the user asked for, validated. */
export type Command =
  | {kind: 'help'}
  | {kind: 'version'}
  | {kind: 'list-rules'; format: Format}
  | {kind: 'explain'; ruleId: string}
  | {kind: 'check'; options: CheckOptions}
  | {kind: 'sources'; options: SourcesOptions};

/** Options of `sourced sources`: the file selection, config and output of `check`, with its own formats. */
export interface SourcesOptions {
  /** As for `check`. */
  patterns: string[];
  format: SourcesFormat;
  config?: string;
  output?: string;
  maxFileSize: number;
  stdinFilename?: string;
}

/** Options of `sourced check`. */
export interface CheckOptions {
  /** Paths, directories or globs as given; `-` is stdin. Empty means "every Markdown file under cwd". */
  patterns: string[];
  format: Format;
  /** Exit 1 when warnings exceed this; undefined means warnings never fail the run. */
  maxWarnings?: number;
  /** Explicit config file; disables the walk up from each file. */
  config?: string;
  /** Write the report here (atomically) instead of stdout. */
  output?: string;
  quiet: boolean;
  fix: boolean;
  /** Honour inline control comments; false with `--no-inline-config` (every directive ignored, as in ESLint). */
  inlineConfig: boolean;
  maxFileSize: number;
  /** Name to report (and to find config from) for stdin. */
  stdinFilename?: string;
  /** Repository root SARIF URIs and baseline paths are relative to; found from `.git` when not given. */
  base?: string;
  /** Findings listed in this baseline file are reported as baselined and never fail the run. */
  baseline?: string;
  /** Write every finding of this run to this baseline file. */
  writeBaseline?: string;
  /** A file skipped for its size does not fail the run. */
  allowSkipped: boolean;
  /** `--color` (true) or `--no-color` (false); undefined leaves it to the terminal and the environment. */
  color?: boolean;
  /** `--jobs`: threads that lint files at once (default: one per core). */
  jobs: number;
  /** `--cache`: reuse the results of earlier runs for unchanged files. */
  cache: boolean;
  /** `--cache-location`: the cache file, or a folder to keep `.sourcedcache` in. */
  cacheLocation?: string;
  /** `--locale`: the language of the findings' messages, `en` (default), `fr` or `de`. */
  locale: Locale;
}

/** A command line that cannot be run; the CLI prints it and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const options = {
  format: {type: 'string', short: 'f'},
  'max-warnings': {type: 'string'},
  config: {type: 'string', short: 'c'},
  output: {type: 'string', short: 'o'},
  quiet: {type: 'boolean', short: 'q'},
  fix: {type: 'boolean'},
  'no-inline-config': {type: 'boolean'},
  'max-file-size': {type: 'string'},
  'stdin-filename': {type: 'string'},
  jobs: {type: 'string', short: 'j'},
  cache: {type: 'boolean'},
  'cache-location': {type: 'string'},
  locale: {type: 'string'},
  'list-rules': {type: 'boolean'},
  base: {type: 'string'},
  baseline: {type: 'string'},
  'write-baseline': {type: 'string'},
  'allow-skipped': {type: 'boolean'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
} as const;

/** Usage text printed by `sourced --help`. */
export const helpText = `Usage: sourced check [options] [paths, directories or globs…]
       sourced sources [options] [paths, directories or globs…]
       sourced explain <rule-id>

Check Markdown drafts for figures without a source, hedging, vague and missing attribution.
With no paths, checks every *.md and *.markdown file under the current folder (skipping
node_modules, hidden folders, .gitignore'd files and the "ignore" globs of .sourced.json).
A path starting with ! excludes what a glob would match. Use - to read stdin.

sourced sources lists every attribution instead: its source, cue and what it supports
(--format stylish, json or markdown, a fact-checker's source list).
sourced explain prints a rule's documentation (what it flags, why, examples, how to fix).

Options:
  -f, --format <name>        stylish (default), json, sarif or github (sources: stylish, json or markdown)
      --max-warnings <n>     exit 1 when there are more than n warnings
  -c, --config <file>        use this config file alone instead of the .sourced.json files found
  -o, --output <file>        write the report to a file instead of stdout (missing folders are created)
  -q, --quiet                report errors only
      --fix                  apply safe fixes to the files (never invents a source)
      --baseline <file>      findings listed in this file are reported as baselined and never fail the run
      --write-baseline <f>   write every finding of this run to a baseline file
      --base <folder>        repository root for SARIF and baseline paths (default: the folder holding .git)
      --no-inline-config     ignore every <!-- sourced-… --> comment in the drafts
      --max-file-size <n>    skip files larger than n bytes (default ${defaultMaxFileSize})
      --allow-skipped        a file skipped for its size does not fail the run
      --stdin-filename <p>   name to report for stdin (and where to look for .sourced.json)
      --color, --no-color    force colour on or off (default: on for a terminal, FORCE_COLOR and NO_COLOR apply)
  -j, --jobs <n>             lint n files at once, one thread each (default: the number of cores)
      --cache                only lint files that changed since the last --cache run
      --cache-location <p>   the cache file, or a folder for .sourcedcache (default ./.sourcedcache)
      --locale <name>        language of the messages: en (default), fr or de
      --list-rules           list the rules and their default severities
  -h, --help                 show this help
  -v, --version              show the version

Examples:
  sourced check                                  every draft under the current folder
  sourced check drafts/ 'desk/**/*.md' '!desk/archive/**'
  sourced check --format sarif -o reports/sourced.sarif
  sourced check --locale fr brouillons/                      messages in French
  sourced check --write-baseline .sourced-baseline.json      record today's findings
  sourced check --baseline .sourced-baseline.json            then fail only on new ones
  cat story.md | sourced check --stdin-filename desk/story.md -
  sourced explain unsourced-figure

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage or config problem,
or a file that could not be checked (reported with the others; a file skipped for its size too,
unless --allow-skipped).
`;

/**
 * Parse and validate the arguments after the program name.
 *
 * @param argv
 *   Arguments, e.g. `['check', '--format', 'json', 'drafts']`.
 * @throws {UsageError}
 *   On unknown options, bad values or conflicting flags.
 */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({args: [...argv], options, allowPositionals: true, strict: true});
  } catch (error) {
    throw new UsageError(cleanParseMessage(error));
  }
  const {values, positionals} = parsed;
  // --help and --version answer whatever else is on the line, as most CLIs do.
  if (values.help) return {kind: 'help'};
  if (values.version) return {kind: 'version'};

  const format = values.format ?? 'stylish';
  const [command, ...patterns] = positionals;
  const allowed: readonly string[] = command === 'sources' ? sourcesFormats : formats;
  if (!allowed.includes(format)) {
    throw new UsageError(`unknown format "${format}"${command === 'sources' ? ' for sources' : ''} (use one of: ${allowed.join(', ')})`);
  }
  if (values['list-rules']) {
    if (command !== undefined && command !== 'check') throw new UsageError(`unknown command "${command}"`);
    if (patterns.length > 0) throw new UsageError('--list-rules takes no paths');
    return {kind: 'list-rules', format: format as Format};
  }
  if (command === undefined) throw new UsageError('missing command (try "sourced check" or "sourced --help")');
  if (command === 'explain') {
    if (patterns.length !== 1) throw new UsageError('explain takes one rule id (try "sourced --list-rules")');
    return {kind: 'explain', ruleId: patterns[0]};
  }
  if (command !== 'check' && command !== 'sources') throw new UsageError(`unknown command "${command}" (try "sourced check", "sourced sources" or "sourced explain")`);

  const maxWarnings = values['max-warnings'] === undefined ? undefined : count('--max-warnings', values['max-warnings'], 0);
  const maxFileSize = values['max-file-size'] === undefined ? defaultMaxFileSize : count('--max-file-size', values['max-file-size'], 1);
  const jobs = values.jobs === undefined ? defaultJobs() : count('--jobs', values.jobs, 1);
  const stdin = patterns.filter((p) => p === '-').length;
  if (stdin > 1) throw new UsageError('stdin (-) can be given only once');
  if (command === 'sources') {
    for (const flag of ['fix', 'quiet', 'max-warnings', 'baseline', 'write-baseline', 'base', 'allow-skipped', 'no-inline-config', 'jobs', 'cache', 'cache-location', 'locale'] as const) {
      if (values[flag] !== undefined) throw new UsageError(`--${flag} is for "sourced check", not "sourced sources"`);
    }
  }
  if (values.fix && stdin) throw new UsageError('--fix cannot be used with stdin (-): there is no file to write');
  if (values['stdin-filename'] !== undefined && !stdin) throw new UsageError('--stdin-filename needs - among the paths');
  // --quiet hides the very warnings --max-warnings would fail on, leaving a failed run with nothing shown.
  if (values.quiet && maxWarnings !== undefined) throw new UsageError('--quiet cannot be used with --max-warnings');
  if (values.color && values['no-color']) throw new UsageError('--color cannot be used with --no-color');
  if (values['cache-location'] !== undefined && !values.cache) throw new UsageError('--cache-location needs --cache');
  const locale = values.locale ?? 'en';
  if (!isLocale(locale)) throw new UsageError(`unknown locale "${locale}" (use one of: ${locales.join(', ')})`);
  for (const name of ['config', 'output', 'stdin-filename', 'base', 'baseline', 'write-baseline', 'cache-location'] as const) {
    if (values[name] === '') throw new UsageError(`--${name} needs a file name`);
  }
  if (command === 'sources') {
    return {
      kind: 'sources',
      options: {patterns, format: format as SourcesFormat, config: values.config, output: values.output, maxFileSize, stdinFilename: values['stdin-filename']},
    };
  }
  return {
    kind: 'check',
    options: {
      patterns,
      format: format as Format,
      maxWarnings,
      config: values.config,
      output: values.output,
      quiet: values.quiet ?? false,
      fix: values.fix ?? false,
      inlineConfig: !values['no-inline-config'],
      maxFileSize,
      stdinFilename: values['stdin-filename'],
      base: values.base,
      baseline: values.baseline,
      writeBaseline: values['write-baseline'],
      allowSkipped: values['allow-skipped'] ?? false,
      color: values.color ? true : values['no-color'] ? false : undefined,
      jobs,
      cache: values.cache ?? false,
      cacheLocation: values['cache-location'],
      locale,
    },
  };
}

/** A whole, non-negative decimal number of at least `min`. */
function count(flag: string, raw: string, min: number): number {
  const n = /^\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`${flag} needs a whole number${min > 0 ? ` of at least ${min}` : ''}, not "${raw}"`);
  return n;
}

/** parseArgs messages end with advice for library authors; keep only the first sentence. */
function cleanParseMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(/\.\s/)[0].replace(/\.$/, '').replace(/^Unknown option/, 'unknown option').replace(/^Option/, 'option');
}
