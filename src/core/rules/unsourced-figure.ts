// unsourced-figure: a count, toll, percentage, amount or fraction with no attribution in reach.
import type {Config, FigureRisk, Rule, SeverityOrOff} from '../types.js';
import {attributionFixes} from './shared.js';

const kindWords = {
  count: 'Figure',
  percent: 'Percentage',
  money: 'Amount',
  fraction: 'Proportion',
  magnitude: 'Estimate',
} as const;

/**
 * Severity of an unsourced figure of a given risk: `Config.risk`, except that a severity set for this rule under
 * `rules` applies to high- and medium-risk figures (so a newsroom's `"unsourced-figure": "error"` gate holds).
 */
function figureSeverity(config: Readonly<Config>, risk: Exclude<FigureRisk, 'none'>): SeverityOrOff {
  const rule = config.rules['unsourced-figure'];
  if (rule !== undefined && risk !== 'low') return rule;
  return config.risk[risk];
}

/** Flags figures that no attribution covers, graded by risk (high and medium: warning; low: off by default). */
export const unsourcedFigure: Rule = {
  id: 'unsourced-figure',
  description: 'Figure without a source in its sentence',
  defaultSeverity: 'warning',
  tags: ['sourcing', 'numbers'],
  fixable: 'suggestion',
  check(ctx) {
    for (const figure of ctx.analysis.figures) {
      if (figure.attribution !== undefined || figure.quoted || figure.risk === 'none') continue;
      const [start, end] = ctx.analysis.toSource(figure.block, figure.from, figure.to);
      const sentence = ctx.sentences[figure.sentence];
      ctx.report({
        start,
        end,
        severity: figureSeverity(ctx.config, figure.risk),
        message: `${kindWords[figure.kind]} "${figure.text}" has no source: say who counted, measured or estimated it`,
        note: 'Readers and fact-checkers need to know where a number comes from. Attribute it in the same sentence ("…, according to the health ministry") or link to the source.',
        fixes: attributionFixes(ctx, sentence, figure.to, start),
      });
    }
  },
};
