// The CLI's per-file results, with lines and columns already computed: what every formatter receives.
import type {Locale, Severity} from '../core/index.js';

/** One finding at the edge: 1-based lines and UTF-16 columns, end exclusive. */
export interface Message {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Identity across edits elsewhere in the draft (see fingerprint.ts); keys baselines and SARIF partialFingerprints. */
  fingerprint: string;
  /** In the `--baseline` file: reported, but never counted and never failing the run. */
  baselined?: boolean;
}

/** A finding an editor accepted in the draft (`sourced-accept`): never a problem, counted apart. */
export interface AcceptedMessage extends Message {
  /** The editor's reason, as written in the comment. */
  reason: string;
}

/** The outcome for one checked file (or stdin). */
export interface FileReport {
  /** Absolute path, or `<stdin>` when stdin had no `--stdin-filename`. */
  filePath: string;
  /** Path relative to the working folder with `/` separators, for people and for SARIF/GitHub. */
  displayPath: string;
  messages: Message[];
  /** Findings accepted in the draft (`sourced-accept`); they never count as problems or fail a run. */
  accepted?: AcceptedMessage[];
  /** Why the file was not linted (e.g. too large); `messages` is then empty. */
  skipped?: string;
  /** Number of safe fixes `--fix` applied to this file. */
  fixed?: number;
  /** Why the file could not be checked (unreadable, binary, not UTF-8); `messages` is then empty and the run exits 2. */
  error?: string;
}

/** What formatters may know about the run besides the reports. */
export interface FormatContext {
  /** Colour the output (stylish only). */
  color: boolean;
  /** The working folder, absolute. */
  cwd: string;
  /** The repository root (`--base`, else the folder holding `.git`, else `cwd`), absolute: SARIF URIs are relative to it. */
  root: string;
  /** Warnings and info left out by `--quiet`, so a summary does not call the run clean. */
  hidden?: number;
  /** `--locale`: the language of the formatter's own words (the messages are already in it); English when absent. */
  locale?: Locale;
}

/** Turns reports into the text written to stdout or `--output`. */
export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;

/** Problem counts by severity. */
export interface Tally {
  errors: number;
  warnings: number;
  infos: number;
  /** Findings in the `--baseline` file, counted apart from the three above. */
  baselined: number;
}

/**
 * Count messages by severity; baselined messages are counted apart, never by severity.
 *
 * @param messages
 *   Messages of one file or of a whole run.
 */
export function tally(messages: Iterable<Message>): Tally {
  const counts: Tally = {errors: 0, warnings: 0, infos: 0, baselined: 0};
  for (const m of messages) {
    if (m.baselined) counts.baselined++;
    else if (m.severity === 'error') counts.errors++;
    else if (m.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** How many accepted findings a run has. */
export function acceptedCount(reports: readonly FileReport[]): number {
  return reports.reduce((n, report) => n + (report.accepted?.length ?? 0), 0);
}

/** Every message of a run, file by file. */
export function* allMessages(reports: readonly FileReport[]): Iterable<Message> {
  for (const report of reports) yield* report.messages;
}

/**
 * Make draft- or config-supplied text safe to print to a terminal or CI log: control characters
 * (ESC sequences could recolour or rewrite the screen) become U+FFFD; tabs and line breaks become spaces
 * unless `keepLineBreaks` (for formats that escape them themselves).
 */
export function printable(text: string, keepLineBreaks = false): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
    if (c === '\r' || c === '\n') return keepLineBreaks ? c : ' ';
    return c === '\t' ? ' ' : '\ufffd';
  });
}
