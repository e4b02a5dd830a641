// unfilled-placeholder: a "⟨source⟩" (or any ⟨…⟩ placeholder a fix inserted) left in the draft, ready to be published.
import {sourcePlaceholder, type Rule} from '../types.js';
import {en} from '../messages/en.js';
import {matchesOf} from '../matches.js';

/**
 * Placeholders as the fixes write them: a few words between U+27E8 and U+27E9 ("⟨source⟩"). Those mathematical angle
 * brackets do not occur in news copy, so a few words between them (letters, spaces, hyphens: not "⟨x, y⟩") are a
 * placeholder nobody filled in.
 */
const placeholder = /⟨\p{L}[\p{L} -]{0,38}⟩/gu;

/** Flags placeholders the quick fixes inserted and the writer never replaced. */
export const unfilledPlaceholder: Rule = {
  id: 'unfilled-placeholder',
  description: en.rules['unfilled-placeholder'].description,
  defaultSeverity: 'error',
  tags: ['attribution', 'publishing'],
  fixable: 'none',
  check(ctx) {
    ctx.blocks.forEach((block, b) => {
      if (!block.text.includes('⟨')) return;
      placeholder.lastIndex = 0;
      for (const m of matchesOf(placeholder, block.text)) {
        const [start, end] = ctx.analysis.toSource(b, m.index, m.index + m[0].length);
        ctx.report({
          start,
          end,
          ...(m[0] === sourcePlaceholder ? {messageId: 'source'} : {messageId: 'other', data: {placeholder: m[0]}}),
        });
      }
    });
  },
};
