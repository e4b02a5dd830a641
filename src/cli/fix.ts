// `--fix`: apply only fixes the core marks `safe`, in passes, never a suggestion (those could invent a source).
import {applyFixes, lint, type Config, type Fix, type LintResult} from '../core/index.js';

// Enough for fixes that uncover further fixes; a cap so a fix that keeps re-triggering cannot loop forever.
const maxPasses = 10;

/** The text after safe fixes, the lint result for that text, and how many fixes were applied. */
export interface FixOutcome {
  text: string;
  result: LintResult;
  applied: number;
}

/** The core's lint function, as `lintAndFix` calls it (a parameter so the pass logic can be tested on its own). */
export type LintFunction = (text: string, options: {config: Config; inlineConfig?: boolean}) => LintResult;

/**
 * Lint `text` and apply its safe fixes until none remain (or the pass cap is reached).
 *
 * @param text
 *   The draft.
 * @param config
 *   Resolved configuration.
 * @param lintText
 *   The linter; the core's `lint` unless a test passes another.
 * @param inlineConfig
 *   Honour the draft's control comments (false for `--no-inline-config`).
 */
export function lintAndFix(text: string, config: Config, lintText: LintFunction = lint, inlineConfig = true): FixOutcome {
  let result = lintText(text, {config, inlineConfig});
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const chosen = chooseSafeFixes(result.findings.flatMap((f) => f.fixes));
    if (chosen.length === 0) break;
    const next = applyFixes(text, chosen.flatMap((fix) => fix.edits));
    if (next === text) break;
    text = next;
    applied += chosen.length;
    result = lintText(text, {config, inlineConfig});
  }
  return {text, result, applied};
}

/**
 * Pick safe fixes whose spans do not overlap, so each chosen fix is applied whole (never half of its edits).
 *
 * @param fixes
 *   Every fix offered for a document.
 */
export function chooseSafeFixes(fixes: readonly Fix[]): Fix[] {
  const spans = fixes
    .filter((fix) => fix.kind === 'safe' && fix.edits.length > 0)
    .map((fix) => ({fix, start: Math.min(...fix.edits.map((e) => e.start)), end: Math.max(...fix.edits.map((e) => e.end))}))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Fix[] = [];
  let lastEnd = -1;
  for (const span of spans) {
    if (span.start < lastEnd) continue;
    chosen.push(span.fix);
    lastEnd = span.end;
  }
  return chosen;
}
