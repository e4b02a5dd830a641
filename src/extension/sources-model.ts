// Builds the Sources panel's view model from a lint result and the document text (pure: no vscode, no I/O). Its
// words are in VS Code's display language: findings through the core's catalogue, labels through @vscode/l10n, which
// the extension loads with its l10n bundle (English when none is loaded, as in unit tests).
import * as l10n from '@vscode/l10n';
import {createLocator} from '../core/location.js';
import {localizeFinding} from '../core/messages/index.js';
import type {LintResult, Range} from '../core/types.js';
import type {
  ClaimRow,
  FigureCounts,
  FigureTag,
  FindingRow,
  ModelRange,
  RuleGroup,
  SourceRow,
  SourcesModel,
} from '../webview/protocol.js';
import {attributionKindWord, figureKindWord, qualityWord} from '../webview/words.js';

/** Panel headings for the rules, in the order the panel lists them (most urgent for a fact-checker first). */
const ruleLabels = (): ReadonlyArray<readonly [string, string]> => [
  ['unfilled-placeholder', l10n.t('Unfilled placeholders')],
  ['unsourced-figure', l10n.t('Unsourced figures')],
  ['missing-attribution', l10n.t('Missing attribution')],
  ['unattributed-quote', l10n.t('Unattributed quotes')],
  ['vague-attribution', l10n.t('Vague attribution')],
  ['anonymous-source', l10n.t('Anonymous sources')],
  ['hedging', l10n.t('Hedged claims')],
];

/** Longest finding text sent to the panel; whole sentences can run to paragraphs. */
const maxTextLength = 240;

/** Longest content text shown in a source's row; the row's hover has all of it. */
const maxContentLength = 120;

/** Collapse whitespace (line breaks inside a sentence) and trim. */
function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Markdown source read as text, for display only (offsets still point into the source): a backslash escape shows the
 * character it escapes (`\<script\>` reads `<script>`) and an inline link or image shows its text, not its address.
 */
function readable(markdown: string): string {
  return markdown.replace(
    /\\([!-/:-@[-`{-~])|!?\[((?:\\.|[^\]\\])*)\]\((?:\\.|[^()\s\\])*(?:\s+"[^"]*")?\)/g,
    (_, escaped: string | undefined, linkText: string | undefined) => escaped ?? readable(linkText ?? ''),
  );
}

/**
 * Shorten flat text to at most `max` characters with an ellipsis, at a word break when one is near the cut (so
 * "20,000" is never cut to "20,0…").
 */
function shorten(flat: string, max: number): string {
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space >= max * 0.75 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Collapse whitespace and shorten to `maxTextLength`. */
function displayText(text: string): string {
  return shorten(flatten(text), maxTextLength);
}

/** Input of `buildSourcesModel`. */
export interface SourcesModelInput {
  /** Workspace-relative name shown in the panel header. */
  fileName: string;
  /** The document text the result was computed for. */
  text: string;
  result: LintResult;
  /** Language of the findings' messages: `en` (default), `fr` or `de`. */
  locale?: string;
}

/**
 * Count the figures the panel's summary shows. A figure is sourced when an attribution covers it; unsourced when none
 * does and it needs one (high or medium risk, or low risk that the configuration flags); exempt otherwise (risk none,
 * unflagged low risk, or the speaker's figure inside a quote, whose speaker the quote rules check).
 *
 * @param result
 *   The lint result of one draft.
 */
export function countFigures(result: Pick<LintResult, 'figures' | 'findings'>): FigureCounts {
  const flagged = new Set(
    result.findings.filter((finding) => finding.ruleId === 'unsourced-figure').map((f) => `${f.start}:${f.end}`),
  );
  const counts = {total: result.figures.length, sourced: 0, unsourced: 0, exempt: 0};
  for (const figure of result.figures) {
    if (figure.attribution !== undefined) counts.sourced++;
    else if (flagged.has(`${figure.start}:${figure.end}`)) counts.unsourced++;
    else if (!figure.quoted && (figure.risk === 'high' || figure.risk === 'medium')) counts.unsourced++;
    else counts.exempt++;
  }
  return counts;
}

/** A claim row before the rows of one source are merged: its content ranges, to find one inside another. */
interface Draft {
  row: ClaimRow;
  ranges: Range[];
}

/** Whether every range of `inner` lies inside some range of `outer`. */
function within(inner: readonly Range[], outer: readonly Range[]): boolean {
  return inner.every((r) => outer.some((o) => o.start <= r.start && r.end <= o.end));
}

/**
 * Turn a lint result into what the Sources panel shows: the named sources, each with the content of every attribution
 * (its cue, its kind and the figures it covers), the findings grouped by rule, the findings editors accepted (with
 * their reasons), and the figure counts. Ranges outside
 * `text` (a result for other text) are dropped rather than shown pointing at the wrong words.
 *
 * @param input
 *   The draft's name and text and its lint result.
 */
export function buildSourcesModel({fileName, text, result, locale = 'en'}: SourcesModelInput): SourcesModel {
  const locator = createLocator(text);
  const fits = (start: number, end: number): boolean =>
    Number.isSafeInteger(start) && Number.isSafeInteger(end) && 0 <= start && start <= end && end <= text.length;
  const range = (start: number, end: number): ModelRange | undefined =>
    fits(start, end) ? {start, end, line: locator.toPoint(start).line} : undefined;

  // Figures by the attribution that covers them (figures are in document order).
  const figuresOf = new Map<number, FigureTag[]>();
  for (const figure of result.figures) {
    if (figure.attribution === undefined || !fits(figure.start, figure.end)) continue;
    const tags = figuresOf.get(figure.attribution) ?? [];
    tags.push({text: flatten(figure.text), kind: figure.kind});
    figuresOf.set(figure.attribution, tags);
  }

  /** What one attribution supports; a link or footnote has no content span, so its sentence stands in. */
  const claimOf = (index: number): Draft | undefined => {
    const attribution = result.attributions[index];
    if (!attribution) return undefined;
    let ranges = attribution.content.filter((r) => fits(r.start, r.end) && r.start < r.end);
    if (ranges.length === 0) ranges = [{start: attribution.sentenceStart, end: attribution.sentenceEnd}];
    ranges = ranges.filter((r) => fits(r.start, r.end)).sort((a, b) => a.start - b.start);
    const [first] = ranges;
    const at = first && range(first.start, first.end);
    if (!at) return undefined;
    const full = flatten(ranges.map((r) => readable(text.slice(r.start, r.end))).join(' … '));
    const row: ClaimRow = {
      ...at,
      text: shorten(full, maxContentLength),
      full,
      cue: flatten(attribution.cue.text),
      kind: attribution.kind,
      figures: [...(figuresOf.get(index) ?? [])],
    };
    return {row, ranges};
  };

  const sources: SourceRow[] = result.sources.map((entry) => {
    const drafts = entry.attributions
      .map(claimOf)
      .filter((draft) => draft !== undefined)
      .sort((a, b) => a.row.start - b.row.start || b.row.end - a.row.end);
    // A content inside another of the same source ("4,000 dead" carried on inside the quote that says it) is one
    // claim: its figures join the containing row.
    const claims: Draft[] = [];
    for (const draft of drafts) {
      const outer = claims.find((kept) => within(draft.ranges, kept.ranges));
      if (!outer) {
        claims.push(draft);
        continue;
      }
      for (const tag of draft.row.figures) {
        if (!outer.row.figures.some((t) => t.text === tag.text && t.kind === tag.kind)) outer.row.figures.push(tag);
      }
    }
    // The mention is where the name is written; "He added" resolves to a source but does not spell it.
    const first = entry.attributions
      .map((index) => result.attributions[index])
      .filter((attribution) => attribution !== undefined && attribution.cueKind !== 'continuation')
      .sort((a, b) => a.start - b.start)[0];
    const mention = first && range(first.start, first.end);
    return {
      name: displayText(entry.name),
      quality: entry.quality,
      cues: [...entry.cues],
      claims: claims.map((draft) => draft.row),
      ...(mention && {mention}),
    };
  });

  const byRule = new Map<string, FindingRow[]>();
  for (const finding of result.findings) {
    const at = range(finding.start, finding.end);
    if (!at) continue;
    const rows = byRule.get(finding.ruleId) ?? [];
    rows.push({...at, text: displayText(finding.actual), message: localizeFinding(finding, locale).message, severity: finding.severity});
    byRule.set(finding.ruleId, rows);
  }
  const labels = ruleLabels();
  const known = new Map(labels);
  const order = [
    ...labels.map(([id]) => id).filter((id) => byRule.has(id)),
    ...[...byRule.keys()].filter((id) => !known.has(id)).sort(),
  ];
  const groups: RuleGroup[] = order.map((ruleId) => ({
    ruleId,
    label: known.get(ruleId) ?? ruleId,
    findings: (byRule.get(ruleId) ?? []).sort((a, b) => a.start - b.start || a.end - b.end),
  }));

  const accepted = (result.accepted ?? []).flatMap((finding) => {
    const at = range(finding.start, finding.end);
    return at ? [{...at, text: displayText(finding.actual), message: localizeFinding(finding, locale).message, severity: finding.severity, ruleId: finding.ruleId, reason: displayText(finding.accepted.reason)}] : [];
  });
  return {fileName, sources, groups, figures: countFigures(result), ...(accepted.length > 0 ? {accepted} : {})};
}

/** Backslash-escape the characters that would turn draft text into Markdown emphasis, links, code or HTML. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}

/**
 * The "Copy source list" text: a Markdown list of sources, each with its quality and cues and, under it, what it
 * supports (in full), with the cue, the kind of attribution and the figures it covers, for the fact-checker.
 *
 * @param model
 *   The model the panel shows.
 */
export function formatSourceList(model: SourcesModel): string {
  const lines = [l10n.t('# Sources in {0}', escapeMarkdown(model.fileName)), ''];
  if (model.sources.length === 0) lines.push(l10n.t('No sources named.'));
  for (const source of model.sources) {
    const cues = source.cues.length > 0 ? ` (${source.cues.join(', ')})` : '';
    lines.push(`- **${escapeMarkdown(source.name)}**${escapeMarkdown(cues)}: ${qualityWord(source.quality)}`);
    for (const claim of source.claims) {
      const figures = claim.figures.map((figure) => `${figure.text} · ${figureKindWord(figure.kind)}`);
      const about = [`${claim.cue}, ${attributionKindWord(claim.kind)}`, ...figures].join('; ');
      lines.push(`  - ${l10n.t('Line {0}', claim.line)}: ${escapeMarkdown(claim.full)} (${escapeMarkdown(about)})`);
    }
  }
  return `${lines.join('\n')}\n`;
}
