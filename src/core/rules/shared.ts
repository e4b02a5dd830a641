// Helpers the rules share: building attribution fixes and matching literal phrase lists.
import type {Analysis} from '../analysis.js';
import {sourcePlaceholder, type Fix, type ProseBlock, type RuleContext, type Sentence} from '../types.js';

/** Most "Attribute to …" entries offered for one finding. */
const maxNamedFixes = 5;

/**
 * Where ", according to X" reads naturally: the end of the clause holding `pos` (before the next comma,
 * semicolon or dash), or the end of the sentence before its final punctuation. Undefined inside a quote.
 */
export function clauseEnd(ctx: RuleContext, sentence: Sentence, pos: number): number | undefined {
  const block = ctx.blocks[sentence.block];
  const text = block.text;
  let end = sentence.to;
  for (let i = pos; i < sentence.to; i++) {
    const ch = text[i];
    if (ch === ',' || ch === ';' || ch === '—' || ch === '(' || ch === ':') {
      end = i;
      break;
    }
  }
  while (end > pos && /[.!?…"”’')\]*_\s]/.test(text[end - 1])) end--;
  if (end <= pos) end = Math.max(pos, sentence.to);
  if (ctx.analysis.quoteAt(sentence.block, end - 1) >= 0 || ctx.analysis.quoteAt(sentence.block, end) >= 0) return undefined;
  return sourceOffsetAfter(block, end);
}

/** Source offset right after plain-text character `end - 1`. */
function sourceOffsetAfter(block: ProseBlock, end: number): number {
  return end > 0 ? block.ends[end - 1] : block.map[0];
}

/**
 * Fixes that attribute a claim: a placeholder to fill in, then each source the draft already names,
 * nearest first. None of them is safe: a fix must never invent a source.
 *
 * @param ctx
 *   Rule context.
 * @param sentence
 *   Sentence holding the claim.
 * @param pos
 *   Plain-text position of the claim inside its block.
 * @param anchor
 *   Source offset of the claim, for ordering sources by distance.
 */
export function attributionFixes(ctx: RuleContext, sentence: Sentence, pos: number, anchor: number): Fix[] {
  const at = clauseEnd(ctx, sentence, pos);
  if (at === undefined) return [];
  const fixes: Fix[] = [
    {title: 'Add attribution…', kind: 'suggestion', isPreferred: true, edits: [{start: at, end: at, text: `, according to ${sourcePlaceholder}`}]},
  ];
  for (const name of namedSources(ctx.analysis, anchor)) {
    fixes.push({title: `Attribute to ${name}`, kind: 'suggestion', edits: [{start: at, end: at, text: `, according to ${name}`}]});
  }
  return fixes;
}

/** Names of checkable sources in the draft, nearest to `anchor` first, at most five. */
export function namedSources(analysis: Analysis, anchor: number): string[] {
  const ranked = analysis.sources
    .filter((s) => s.quality === 'named')
    .map((s) => {
      const usable = s.attributions
        .map((i) => analysis.attributions[i])
        .filter((a) => a.cueKind !== 'link' && a.cueKind !== 'footnote' && a.cueKind !== 'continuation');
      if (usable.length === 0) return undefined;
      const distance = Math.min(...usable.map((a) => Math.abs(a.start - anchor)));
      return {name: usable[0].name.replace(/\s+/g, ' ').trim(), distance};
    })
    .filter((x): x is {name: string; distance: number} => x !== undefined && x.name.length <= 80)
    .sort((a, b) => a.distance - b.distance);
  const names: string[] = [];
  for (const r of ranked) {
    if (!names.some((n) => n.toLowerCase() === r.name.toLowerCase())) names.push(r.name);
    if (names.length === maxNamedFixes) break;
  }
  return names;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phraseCache = new Map<string, RegExp>();

/**
 * One case-insensitive, whole-word regex for a list of literal phrases, longest first.
 * Config phrases are literals, never user regex, so the pattern is an alternation of fixed strings.
 */
export function phraseRegex(phrases: readonly string[]): RegExp {
  const key = phrases.join('\u0000');
  let re = phraseCache.get(key);
  if (!re) {
    const alternatives = [...new Set(phrases.map((p) => p.toLowerCase().trim()))]
      .filter((p) => p !== '')
      .sort((a, b) => b.length - a.length)
      .map((p) => escape(p).replace(/\s+/g, '\\s+'));
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'giu');
    if (phraseCache.size > 32) phraseCache.clear();
    phraseCache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** True when the sentence has an attribution of its own or carried over from the one before. */
export function isAttributed(ctx: RuleContext, sentenceIndex: number): boolean {
  return ctx.analysis.coverage[sentenceIndex].length > 0;
}
