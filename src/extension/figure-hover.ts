// What the editor's hover says about a figure: who it is attributed to, or what it counts and its risk (pure).
import type {Figure, LintResult} from '../core/types.js';

/** How the figure is written, as the unsourced-figure message names it. */
const formWords: Readonly<Record<Figure['form'], string>> = {
  count: 'Figure',
  percent: 'Percentage',
  money: 'Amount',
  fraction: 'Proportion',
  magnitude: 'Estimate',
};

/** How much a figure of each risk needs a source (EDITORIAL-STANDARD.md §1). */
const riskWords: Readonly<Record<Figure['risk'], string>> = {
  high: 'high risk',
  medium: 'medium risk',
  low: 'low risk',
  none: 'no risk',
};

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
  const what = `${formWords[figure.form]} "${flat(figure.text)}": ${figure.kind}, ${riskWords[figure.risk]}`;
  return [whoLine(result, figure), what];
}

function whoLine(result: Pick<LintResult, 'attributions' | 'findings'>, figure: Figure): string {
  if (figure.attribution !== undefined) {
    const attribution = result.attributions[figure.attribution];
    if (!attribution) return 'Attributed';
    const cue = flat(attribution.cue.text);
    const name = flat(attribution.name || (attribution.source?.text ?? ''));
    if (attribution.quality === 'absent' || name === '') return `Attributed with "${cue}", which names no source`;
    const attributed = `Attributed to ${name} (${cue})`;
    if (attribution.quality === 'vague') return `${attributed}, a vague source: name one readers can check`;
    if (attribution.quality === 'anonymous') return `${attributed}, an anonymous source`;
    return attributed;
  }
  const flagged = result.findings.some(
    (finding) => finding.ruleId === 'unsourced-figure' && finding.start === figure.start && finding.end === figure.end,
  );
  if (flagged) return 'No source';
  if (figure.quoted) return 'In a quotation, with no speaker found';
  return figure.risk === 'high' || figure.risk === 'medium' ? 'No source' : 'No source needed';
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
