// unattributed-quote: a direct quotation with no speaker in reach.
import type {Rule} from '../types.js';
import {en} from '../messages/en.js';

/** Quotes of this many words or fewer are scare quotes or titles, not speech. */
const scareQuoteWords = 3;

/** Flags quotations nobody is said to have spoken or written. */
export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  description: en.rules['unattributed-quote'].description,
  defaultSeverity: 'warning',
  tags: ['attribution'],
  fixable: 'none',
  check(ctx) {
    for (const quote of ctx.analysis.quotes) {
      if (quote.attributed || !quote.blockQuote && quote.words <= scareQuoteWords) continue;
      if (ctx.blocks[quote.block].kind === 'tableCell') continue;
      const [start, end] = ctx.analysis.toSource(quote.block, quote.from, quote.to);
      ctx.report({
        start,
        end,
        messageId: 'noSpeaker',
      });
    }
  },
};
