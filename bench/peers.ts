// The tools a journalist would otherwise use (write-good, retext-intensify, textlint + write-good), with their messages mapped to our rules.
import path from 'node:path';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';
import {createLinter, loadTextlintrc} from 'textlint';
import {unified} from 'unified';
import writeGood from 'write-good';
import type {Found} from './scoring.js';

/** A peer that checks one Markdown document and reports findings mapped to our rule ids. */
export interface Peer {
  name: string;
  /** Our rules this peer has a counterpart for; its precision and recall are reported for these. */
  covers: readonly string[];
  check(markdown: string): Promise<Found[]>;
}

// Keep offsets but hide HTML comments (our corpus markers, suppressions) from a tool that reads raw text.
function blankComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/**
 * write-good over the raw text: its weasel words are its nearest thing to hedging, its passive-voice check the
 * nearest thing to missing attribution. Its other checks (adverbs, clichés, wordiness) have no counterpart here.
 */
export const writeGoodPeer: Peer = {
  name: 'write-good',
  covers: ['hedging', 'missing-attribution'],
  async check(markdown) {
    return writeGoodFindings(blankComments(markdown));
  },
};

/**
 * Run write-good on plain text and map its suggestions.
 *
 * @param text
 *   Text handed to write-good as is.
 */
export function writeGoodFindings(text: string): Found[] {
  const found: Found[] = [];
  for (const s of writeGood(text)) {
    const rule = s.reason.includes('is a weasel word')
      ? 'hedging'
      : s.reason.includes('may be passive voice')
        ? 'missing-attribution'
        : undefined;
    if (rule) found.push({rule, start: s.index, end: s.index + s.offset, message: s.reason});
  }
  return found;
}

/** The retext-intensify pipeline over Markdown, as a unified user would assemble it. */
export function createRetextProcessor() {
  // remark-retext's bridge overload is typed for a parser-only processor; a retext processor with plugins is what it runs.
  const retext = unified().use(retextEnglish).use(retextIntensify) as unknown as RetextDestination;
  return unified().use(remarkParse).use(remarkRetext, retext).freeze();
}

const retextRules: Record<string, string> = {hedge: 'hedging', weasel: 'vague-attribution'};

/**
 * retext-intensify through remark-retext: its `hedge` messages map to hedging and `weasel` ones to vague
 * attribution; `filler` words have no counterpart here.
 */
export function createRetextPeer(): Peer {
  const processor = createRetextProcessor();
  return {
    name: 'retext-intensify',
    covers: ['hedging', 'vague-attribution'],
    async check(markdown) {
      const messages = await runRetext(processor, markdown);
      return messages.flatMap((m) => {
        const rule = m.ruleId ? retextRules[m.ruleId] : undefined;
        const place = m.place && 'start' in m.place ? m.place : undefined;
        if (!rule || place?.start.offset === undefined || place.end.offset === undefined) return [];
        return [{rule, start: place.start.offset, end: place.end.offset, message: m.reason}];
      });
    },
  };
}

type RetextDestination = Extract<Parameters<typeof remarkRetext>[0], {run: unknown}>;
type RetextProcessor = ReturnType<typeof createRetextProcessor>;
type Message = {ruleId?: string; reason: string; place?: {start: {offset?: number}; end: {offset?: number}} | {offset?: number}};

/**
 * Parse and run the retext pipeline on one document, returning the vfile messages.
 *
 * @param processor
 *   From `createRetextProcessor`.
 * @param markdown
 *   The document.
 */
export function runRetext(processor: RetextProcessor, markdown: string): Promise<Message[]> {
  return new Promise((resolve, reject) => {
    processor.run(processor.parse(markdown), markdown, (error, _tree, file) => {
      if (error || !file) reject(error ?? new Error('retext returned no file'));
      else resolve(file.messages as Message[]);
    });
  });
}

/** textlint's own linter with textlint-rule-write-good, configured from bench/textlintrc.json (speed only). */
export async function createTextlint(): Promise<{lintText(text: string): Promise<number>}> {
  const descriptor = await loadTextlintrc({configFilePath: path.join(__dirname, 'textlintrc.json')});
  const linter = createLinter({descriptor});
  return {
    async lintText(text) {
      const result = await linter.lintText(text, 'draft.md');
      return result.messages.length;
    },
  };
}
