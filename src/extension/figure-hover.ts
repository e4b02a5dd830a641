// What the editor's hover says about a figure: who it is attributed to, or what it counts and its risk (pure: its
// words come from @vscode/l10n, loaded with VS Code's display language; English without a bundle).
import * as l10n from '@vscode/l10n';
import type {Figure, LintResult} from '../core/types.js';
import {figureKindWord} from '../webview/words.js';

/** How the figure is written, as the unsourced-figure message names it. */
const formWords = (): Readonly<Record<Figure['form'], string>> => ({
  count: l10n.t('Figure'),
  percent: l10n.t('Percentage'),
  money: l10n.t('Amount'),
  fraction: l10n.t('Proportion'),
  magnitude: l10n.t('Estimate'),
});

/** How much a figure of each risk needs a source (EDITORIAL-STANDARD.md §1). */
const riskWords = (): Readonly<Record<Figure['risk'], string>> => ({
  high: l10n.t('high risk'),
  medium: l10n.t('medium risk'),
  low: l10n.t('low risk'),
  none: l10n.t('no risk'),
});

/** What the hover shows for one figure: its range and its lines of plain text (the caller escapes them). */
export interface FigureHover {
  start: number;
  end: number;
  lines: string[];
}

/** Collapse whitespace: names and cues can wrap across lines in the draft. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The figure at an offset: the first whose range holds it, its end included (a caret just after "1,140" is on it).
 *
 * @param figures
 *   The figures of a lint result (document order).
 * @param offset
 *   UTF-16 offset into the text the result was computed for.
 */
export function figureAt(figures: readonly Figure[], offset: number): Figure | undefined {
  return figures.find((figure) => figure.start <= offset && offset <= figure.end);
}

/**
 * The lines of a figure's hover. A sourced figure says who it is attributed to and with which cue ("Attributed to the
 * Hamas government in Gaza (reported)"), and whether that source is vague or anonymous; an unsourced one says that it
 * has no source or needs none. Both then say what the figure counts and its risk ('Figure "1,140": harm, high risk').
 *
 * @param result
 *   The lint result the figure belongs to.
 * @param figure
 *   One of `result.figures`.
 * @example
 *   figureHoverLines(result, result.figures[0]);
 *   // → ['Attributed to Hamas government in Gaza (reported)', 'Figure "20,000": harm, high risk']
 */
export function figureHoverLines(result: Pick<LintResult, 'attributions' | 'findings'>, figure: Figure): string[] {
  const what = l10n.t('{0} "{1}": {2}, {3}', formWords()[figure.form], flat(figure.text), figureKindWord(figure.kind), riskWords()[figure.risk]);
  return [whoLine(result, figure), what];
}

function whoLine(result: Pick<LintResult, 'attributions' | 'findings'>, figure: Figure): string {
  if (figure.attribution !== undefined) {
    const attribution = result.attributions[figure.attribution];
    if (!attribution) return l10n.t('Attributed');
    const cue = flat(attribution.cue.text);
    const name = flat(attribution.name || (attribution.source?.text ?? ''));
    if (attribution.quality === 'absent' || name === '') return l10n.t('Attributed with "{0}", which names no source', cue);
    if (attribution.quality === 'vague') return l10n.t('Attributed to {0} ({1}), a vague source: name one readers can check', name, cue);
    if (attribution.quality === 'anonymous') return l10n.t('Attributed to {0} ({1}), an anonymous source', name, cue);
    return l10n.t('Attributed to {0} ({1})', name, cue);
  }
  const flagged = result.findings.some(
    (finding) => finding.ruleId === 'unsourced-figure' && finding.start === figure.start && finding.end === figure.end,
  );
  if (flagged) return l10n.t('No source');
  if (figure.quoted) return l10n.t('In a quotation, with no speaker found');
  return figure.risk === 'high' || figure.risk === 'medium' ? l10n.t('No source') : l10n.t('No source needed');
}

/**
 * The hover for the figure at an offset, if there is one.
 *
 * @param result
 *   A lint result computed for the document's current text.
 * @param offset
 *   The hovered offset.
 */
export function figureHover(result: Pick<LintResult, 'attributions' | 'figures' | 'findings'>, offset: number): FigureHover | undefined {
  const figure = figureAt(result.figures, offset);
  return figure && {start: figure.start, end: figure.end, lines: figureHoverLines(result, figure)};
}
