// unsourced-figure: a count, toll, percentage, amount or fraction with no attribution in reach.
import type {Rule} from '../types.js';
import {attributionFixes} from './shared.js';

const kindWords = {
  count: 'Figure',
  percent: 'Percentage',
  money: 'Amount',
  fraction: 'Proportion',
  magnitude: 'Estimate',
} as const;

/** Flags figures that no attribution covers. */
export const unsourcedFigure: Rule = {
  id: 'unsourced-figure',
  description: 'Figure without a source in its sentence',
  defaultSeverity: 'warning',
  tags: ['sourcing', 'numbers'],
  fixable: 'suggestion',
  check(ctx) {
    for (const figure of ctx.analysis.figures) {
      if (figure.attribution !== undefined || figure.quoted) continue;
      const [start, end] = ctx.analysis.toSource(figure.block, figure.from, figure.to);
      const sentence = ctx.sentences[figure.sentence];
      ctx.report({
        start,
        end,
        message: `${kindWords[figure.kind]} "${figure.text}" has no source: say who counted, measured or estimated it`,
        note: 'Readers and fact-checkers need to know where a number comes from. Attribute it in the same sentence ("…, according to the health ministry") or link to the source.',
        fixes: attributionFixes(ctx, sentence, figure.to, start),
      });
    }
  },
};
