// unattributed-quote: a direct quotation with no speaker in reach.
import type {Rule} from '../types.js';
import {en} from '../messages/en.js';
import {partitionPoint} from '../search.js';

/** Quotes of this many words or fewer are scare quotes or titles, not speech. */
const scareQuoteWords = 3;

/**
 * Flags quotations nobody is said to have spoken or written: a quotation of more than three words that neither the
 * parser's strict reading (`Quote.attributed`: a cue of its sentence, the sentence before, a continued quote) nor the
 * loose, paragraph-level one (`Quote.speakerInReach`: someone speaks anywhere in its paragraph, a colon, a dash or an
 * agent introduces it, it carries on the paragraph before, or it is a short term, not speech) gives a speaker. What is
 * left is the quotation an editor sends back with "who said this?" (EDITORIAL-STANDARD.md §3). The loose reading only
 * silences the rule: it names no source, so `sourced sources` lists none for such a quotation.
 */
export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  description: en.rules['unattributed-quote'].description,
  defaultSeverity: 'warning',
  tags: ['attribution'],
  fixable: 'none',
  check(ctx) {
    // One problem, one finding (EDITORIAL-STANDARD.md §7): several quoted phrases of one sentence with no speaker
    // ('It called the move "a betrayal of the voters" and "an insult to the families"') lack one speaker, so the
    // sentence gets one finding, on its first phrase. The sentences of each block, in order, to find a quote's sentence.
    const sentencesOf = new Map<number, number[]>();
    ctx.sentences.forEach((s, si) => {
      const list = sentencesOf.get(s.block) ?? [];
      list.push(si);
      sentencesOf.set(s.block, list);
    });
    const flaggedSentences = new Set<number>();
    for (const quote of ctx.analysis.quotes) {
      if (quote.attributed || quote.speakerInReach === true || quote.gloss === true || !quote.blockQuote && quote.words <= scareQuoteWords) continue;
      if (ctx.blocks[quote.block].kind === 'tableCell') continue;
      // (Nor a block quote with no word in it, "> 😀": nothing anyone said. Found by the fuzz, seed 1607377998, where
      // a fix in the paragraph before changed whether the emoji had a speaker; session 41.)
      if (quote.words === 0) continue;
      // (Quoted phrases, not whole quoted sentences: '« Vous vous êtes assis … ! » « Ce n'est pas la première fois ! »'
      // are two utterances.)
      const text = ctx.blocks[quote.block].text;
      if (!quote.blockQuote && !/[.!?…]\s*$/u.test(text.slice(quote.from + 1, quote.to - 1))) {
        const list = sentencesOf.get(quote.block) ?? [];
        // (The first sentence of the block that ends after the quote opens, found by halving: linear on a paragraph
        // of thousands of quotation marks.)
        const lo = partitionPoint(list.length, (k) => ctx.sentences[list[k]].to > quote.from);
        const si = lo < list.length && ctx.sentences[list[lo]].from <= quote.from ? list[lo] : undefined;
        if (si !== undefined && flaggedSentences.has(si)) continue;
        if (si !== undefined) flaggedSentences.add(si);
      }
      // (A quotation still open at its paragraph's end, one that runs on, ends on its last word, not on the space after.)
      let to = quote.to;
      while (to > quote.from + 1 && /\s/u.test(text[to - 1])) to--;
      const [start, end] = ctx.analysis.toSource(quote.block, quote.from, to);
      ctx.report({
        start,
        end,
        messageId: 'noSpeaker',
      });
    }
  },
};
