// One-line summaries of a lint result for the "Check Attribution" message and the status bar (pure: its words come
// from @vscode/l10n, which the extension loads with VS Code's display language; English without a bundle).
import * as l10n from '@vscode/l10n';
import type {Finding, LintResult} from '../core/index.js';

// A count with its noun, singular for 1, per rule, in the order the summary lists them.
const nouns: ReadonlyArray<[ruleId: string, count: (n: number) => string]> = [
  ['unfilled-placeholder', (n) => (n === 1 ? l10n.t('{0} unfilled placeholder', n) : l10n.t('{0} unfilled placeholders', n))],
  ['unsourced-figure', (n) => (n === 1 ? l10n.t('{0} unsourced figure', n) : l10n.t('{0} unsourced figures', n))],
  ['missing-attribution', (n) => (n === 1 ? l10n.t('{0} missing attribution', n) : l10n.t('{0} missing attributions', n))],
  ['vague-attribution', (n) => (n === 1 ? l10n.t('{0} vague attribution', n) : l10n.t('{0} vague attributions', n))],
  ['unattributed-quote', (n) => (n === 1 ? l10n.t('{0} unattributed quote', n) : l10n.t('{0} unattributed quotes', n))],
  ['anonymous-source', (n) => (n === 1 ? l10n.t('{0} anonymous source', n) : l10n.t('{0} anonymous sources', n))],
  ['hedging', (n) => (n === 1 ? l10n.t('{0} hedge', n) : l10n.t('{0} hedges', n))],
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
  for (const [ruleId, count] of nouns) {
    const n = counts.get(ruleId);
    if (n) parts.push(count(n));
    counts.delete(ruleId);
  }
  // Rules this file does not know yet still get counted, under their id.
  for (const [ruleId, n] of counts) parts.push(`${n} ${ruleId}`);
  if (parts.length === 0) parts.push(l10n.t('no attribution problems'));
  const sources = result.sources.length;
  parts.push(sources === 1 ? l10n.t('{0} source', sources) : l10n.t('{0} sources', sources));
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
