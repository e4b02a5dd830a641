// Builds the Sources panel's view model from a lint result and the document text (pure: no vscode, no I/O).
import {createLocator} from '../core/location.js';
import type {LintResult} from '../core/types.js';
import type {ClaimRow, FindingRow, ModelRange, RuleGroup, SourceRow, SourcesModel} from '../webview/protocol.js';

/** Panel headings for the rules, in the order the panel lists them (most urgent for a fact-checker first). */
const ruleLabels: ReadonlyArray<readonly [string, string]> = [
  ['unsourced-figure', 'Unsourced figures'],
  ['missing-attribution', 'Missing attribution'],
  ['unattributed-quote', 'Unattributed quotes'],
  ['vague-attribution', 'Vague attribution'],
  ['anonymous-source', 'Anonymous sources'],
  ['hedging', 'Hedged claims'],
];

/** Longest claim or finding text sent to the panel; whole sentences can run to paragraphs. */
const maxTextLength = 240;

/** Collapse whitespace (line breaks inside a sentence) and shorten to `maxTextLength`. */
function displayText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > maxTextLength ? `${flat.slice(0, maxTextLength - 1).trimEnd()}…` : flat;
}

/** Input of `buildSourcesModel`. */
export interface SourcesModelInput {
  /** Workspace-relative name shown in the panel header. */
  fileName: string;
  /** The document text the result was computed for. */
  text: string;
  result: LintResult;
}

/**
 * Turn a lint result into what the Sources panel shows: the named sources with their cues and claims, the findings
 * grouped by rule, and the sourced/unsourced figure counts. Ranges outside `text` (a result for other text) are
 * dropped rather than shown pointing at the wrong words.
 *
 * @param input
 *   The draft's name and text and its lint result.
 */
export function buildSourcesModel({fileName, text, result}: SourcesModelInput): SourcesModel {
  const locator = createLocator(text);
  const range = (start: number, end: number): ModelRange | undefined =>
    Number.isSafeInteger(start) && Number.isSafeInteger(end) && 0 <= start && start <= end && end <= text.length
      ? {start, end, line: locator.toPoint(start).line}
      : undefined;

  const sources: SourceRow[] = result.sources.map((entry) => {
    const claims: ClaimRow[] = [];
    for (const claim of entry.claims) {
      const at = range(claim.start, claim.end);
      if (at) claims.push({...at, text: displayText(claim.text)});
    }
    claims.sort((a, b) => a.start - b.start);
    // The mention is where the name is written; "He added" resolves to a source but does not spell it.
    const first = entry.attributions
      .map((index) => result.attributions[index])
      .filter((attribution) => attribution !== undefined && attribution.cueKind !== 'continuation')
      .sort((a, b) => a.start - b.start)[0];
    const mention = first && range(first.start, first.end);
    return {name: displayText(entry.name), quality: entry.quality, cues: [...entry.cues], claims, ...(mention && {mention})};
  });

  const byRule = new Map<string, FindingRow[]>();
  for (const finding of result.findings) {
    const at = range(finding.start, finding.end);
    if (!at) continue;
    const rows = byRule.get(finding.ruleId) ?? [];
    rows.push({...at, text: displayText(finding.actual), message: finding.message, severity: finding.severity});
    byRule.set(finding.ruleId, rows);
  }
  const known = new Map(ruleLabels);
  const order = [
    ...ruleLabels.map(([id]) => id).filter((id) => byRule.has(id)),
    ...[...byRule.keys()].filter((id) => !known.has(id)).sort(),
  ];
  const groups: RuleGroup[] = order.map((ruleId) => ({
    ruleId,
    label: known.get(ruleId) ?? ruleId,
    findings: (byRule.get(ruleId) ?? []).sort((a, b) => a.start - b.start || a.end - b.end),
  }));

  const sourced = result.figures.filter((figure) => figure.attribution !== undefined).length;
  return {
    fileName,
    sources,
    groups,
    figures: {total: result.figures.length, sourced, unsourced: result.figures.length - sourced},
  };
}

/** Backslash-escape the characters that would turn draft text into Markdown emphasis, links, code or HTML. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}

/**
 * The "Copy source list" text: a Markdown list of sources, each with its quality and cues and the claims it supports,
 * for the fact-checker.
 *
 * @param model
 *   The model the panel shows.
 */
export function formatSourceList(model: SourcesModel): string {
  const lines = [`# Sources in ${escapeMarkdown(model.fileName)}`, ''];
  if (model.sources.length === 0) lines.push('No sources named.');
  for (const source of model.sources) {
    const cues = source.cues.length > 0 ? ` (${source.cues.join(', ')})` : '';
    lines.push(`- **${escapeMarkdown(source.name)}**${escapeMarkdown(cues)}: ${source.quality}`);
    for (const claim of source.claims) lines.push(`  - Line ${claim.line}: ${escapeMarkdown(claim.text)}`);
  }
  return `${lines.join('\n')}\n`;
}
