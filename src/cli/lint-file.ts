// Linting one decoded draft into a report's messages: the unit of work the main thread and the worker pool share.
import {createLocator, lint, localizeFinding, type AcceptedFinding, type Config, type Finding, type Locale} from '../core/index.js';
import {fingerprints} from './fingerprint.js';
import {chooseSafeFixes, lintAndFix} from './fix.js';
import type {AcceptedMessage, Message} from './report.js';

/**
 * One draft to lint: its text (byte-order mark removed), the resolved config, whether to apply safe fixes, whether
 * its inline comments count (false for `--no-inline-config`), and the language of the messages (`--locale`).
 */
export interface LintTask {
  text: string;
  config: Config;
  fix: boolean;
  inlineConfig: boolean;
  /** `en` (default), `fr` or `de`. */
  locale?: Locale;
}

/**
 * What linting one draft gives: the messages with 1-based lines and UTF-16 columns, how many safe fixes were
 * applied (and the fixed text when any was), and how many safe fixes the unfixed text offers (so a cached result
 * can tell `--fix` whether there is anything to do); or the message of an error the core threw.
 */
export type LintOutcome =
  | {messages: Message[]; accepted?: AcceptedMessage[]; applied: number; fixedText?: string; safeFixes: number}
  | {error: string};

/**
 * Lint one draft. Never throws: a core bug comes back as `{error}`, so a pool can pass it to the main thread,
 * which reports it for the right file.
 *
 * @param task
 *   The draft, its config and the `--fix` flag.
 */
export function lintTask(task: LintTask): LintOutcome {
  try {
    if (task.fix) {
      const outcome = lintAndFix(task.text, task.config, lint, task.inlineConfig);
      return {
        messages: toMessages(outcome.text, outcome.result.findings, task.locale),
        ...acceptedOf(outcome.text, outcome.result.accepted, task.locale),
        applied: outcome.applied,
        ...(outcome.applied > 0 ? {fixedText: outcome.text} : {}),
        safeFixes: outcome.applied,
      };
    }
    // A report shows no suggestions and counts only safe fixes: the core need not build suggestions.
    const result = lint(task.text, {config: task.config, inlineConfig: task.inlineConfig, suggestions: false});
    return {
      messages: toMessages(task.text, result.findings, task.locale),
      ...acceptedOf(task.text, result.accepted, task.locale),
      applied: 0,
      safeFixes: chooseSafeFixes(result.findings.flatMap((f) => f.fixes)).length,
    };
  } catch (error) {
    return {error: error instanceof Error ? error.message : String(error)};
  }
}

/** The accepted findings as messages with the editor's reason; nothing when there are none. */
function acceptedOf(text: string, accepted: readonly AcceptedFinding[] | undefined, locale: Locale | undefined): {accepted?: AcceptedMessage[]} {
  if (!accepted || accepted.length === 0) return {};
  const messages = toMessages(text, accepted, locale);
  return {accepted: accepted.map((finding, i) => ({...messages[i], reason: finding.accepted.reason}))};
}

/** Findings as messages in `locale` (English by default): 1-based lines, UTF-16 columns, and each finding's fingerprint. */
function toMessages(text: string, findings: readonly Finding[], locale: Locale = 'en'): Message[] {
  if (findings.length === 0) return [];
  const locate = createLocator(text);
  const prints = fingerprints(text, findings);
  return findings.map((finding, i) => {
    const start = locate.toPoint(finding.start);
    const end = locate.toPoint(finding.end);
    return {
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: localizeFinding(finding, locale).message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      fingerprint: prints[i],
    };
  });
}
