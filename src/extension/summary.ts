// One-line summaries of a lint result for the "Check Attribution" message and the status bar (pure).
import type {Finding, LintResult} from '../core/index.js';

// Singular and plural nouns per rule, in the order the summary lists them.
const nouns: ReadonlyArray<[ruleId: string, one: string, many: string]> = [
  ['unfilled-placeholder', 'unfilled placeholder', 'unfilled placeholders'],
  ['unsourced-figure', 'unsourced figure', 'unsourced figures'],
  ['missing-attribution', 'missing attribution', 'missing attributions'],
  ['vague-attribution', 'vague attribution', 'vague attributions'],
  ['unattributed-quote', 'unattributed quote', 'unattributed quotes'],
  ['anonymous-source', 'anonymous source', 'anonymous sources'],
  ['hedging', 'hedge', 'hedges'],
];

/**
 * Summarise a result, e.g. "3 unsourced figures, 1 vague attribution, 12 sources".
 *
 * @param result
 *   The lint result of one draft.
 */
export function summarize(result: Pick<LintResult, 'findings' | 'sources'>): string {
  const counts = new Map<string, number>();
  for (const finding of result.findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  const parts: string[] = [];
  for (const [ruleId, one, many] of nouns) {
    const n = counts.get(ruleId);
    if (n) parts.push(`${n} ${n === 1 ? one : many}`);
    counts.delete(ruleId);
  }
  // Rules this file does not know yet still get counted, under their id.
  for (const [ruleId, n] of counts) parts.push(`${n} ${ruleId}`);
  if (parts.length === 0) parts.push('no attribution problems');
  const sources = result.sources.length;
  parts.push(`${sources} ${sources === 1 ? 'source' : 'sources'}`);
  const line = parts.join(', ');
  return line[0].toUpperCase() + line.slice(1);
}

/**
 * The one count of a draft's problems that the status bar, the Sources panel ("To check") and Problems all show: its
 * findings, one per diagnostic, of every rule and severity (hedges and anonymous sources included). Figures have
 * their own measure in the panel (sourced and unsourced figures), which is not a count of findings.
 *
 * @param findings
 *   Findings of one draft, as published to Problems.
 */
export function countToCheck(findings: readonly Pick<Finding, 'ruleId'>[]): number {
  return findings.length;
}
