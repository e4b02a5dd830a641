// hedging: words that weaken the writer's own claim ("presumably", "may well", unattributed "reportedly").
import {hedges} from '../lexicons/hedges.js';
import type {Token} from '../analysis.js';
import {accordingTo, opensSentence} from '../attribution-fixes.js';
import {sourcePlaceholder, type Fix, type Rule, type RuleContext, type Sentence} from '../types.js';
import {addAttributionTitle, attributionFixes, isAttributed, isAttributedAt, phraseMatcher} from './shared.js';

const byPhrase = new Map(hedges.map((h) => [h.phrase, h]));

/** Flags hedges in the writer's own voice; hedges inside quotes or reported speech belong to the speaker. */
export const hedging: Rule = {
  id: 'hedging',
  description: 'Hedge that weakens a claim without saying whose doubt it is',
  defaultSeverity: 'info',
  tags: ['hedging'],
  fixable: 'suggestion',
  check(ctx) {
    const matcher = phraseMatcher([...hedges.map((h) => h.phrase), ...ctx.config.hedges]);
    ctx.sentences.forEach((sentence, si) => {
      if (ctx.analysis.quoted[si]) return;
      const attributed = isAttributed(ctx, si);
      // "Councillors presumably hope …": a hedge between a source and its cue is the writer's guess about them.
      const own = attributed ? ctx.analysis.bySentence[si].map((i) => ctx.analysis.attributions[i]) : [];
      // (Not one inside another's words: "Prosecutors say Mr. Alvarez allegedly threatened …" is the prosecutors'.)
      const phrases = own.filter((a) => !own.some((b) => b !== a && b.content.some((r) => r.start <= a.cue.start && a.cue.end <= r.end)));
      const block = ctx.blocks[sentence.block];
      const tokens = ctx.analysis.tokens[si];
      for (const hit of matcher.match(tokens)) {
        const from = tokens[hit.first].from;
        const to = tokens[hit.last - 1].to;
        // A hedge inside what someone is reported to say is theirs ("the governor said he may veto"); one outside
        // it is the writer's, even in a sentence that quotes someone else ("Allegedly, she pleaded …, but he replied").
        if (attributed && !phrases.some((a) => a.from <= from && to <= a.cueFrom) && isAttributedAt(ctx, si, from)) continue;
        const words = block.text.slice(from, to);
        // "May" the month, mid-sentence ("in May be…" never reads as a hedge).
        if (words.startsWith('May') && hit.first > 0) continue;
        if (ctx.analysis.quoteAt(sentence.block, from) >= 0) continue;
        // "may have to leave" is obligation, not doubt.
        if (/\bhave$/i.test(words) && tokens[hit.last]?.lower === 'to') continue;
        if (notTheWritersDoubt(tokens, hit.first, sentence.text)) continue;
        const [start, end] = ctx.analysis.toSource(sentence.block, from, to);
        const hedge = byPhrase.get(hit.phrase);
        const hearsay = hedge?.hearsay === true;
        const removable = hedge?.removable === true;
        const fixes: Fix[] = [];
        const remove = removable ? removal(block.text, from, to, ctx.analysis.toSource.bind(null, sentence.block), words) : undefined;
        const placeholder = replacement(ctx, sentence, from, to, start, end, remove);
        // Deleting a hearsay hedge ("reportedly") would state the claim in the writer's voice: it is offered after
        // the attribution, and never preferred. Deleting "presumably" is the plain statement the rule asks for.
        if (remove && !hearsay) fixes.push({...remove, isPreferred: true});
        if (placeholder) fixes.push(placeholder);
        if (remove && hearsay) fixes.push(remove);
        ctx.report({
          start,
          end,
          message: hearsay
            ? `"${words}" does not say who reports or alleges this: name the source`
            : `Hedge "${words.replace(/\s+/g, ' ')}" weakens the claim: say who is uncertain, or state it plainly`,
          note: 'A hedge in the writer\'s own voice leaves readers guessing who doubts the claim. Attribute the doubt, or confirm the fact and drop the hedge.',
          fixes,
        });
      }
    });
  },
};

// Words after which a modal asks rather than doubts: "asked whether the dam could possibly fail".
const questionWords = new Set(['ask', 'asked', 'asking', 'asks', 'if', 'whether', 'wonder', 'wondered', 'wondering', 'wonders']);
// Classes of people a relative clause can describe: "anyone who may have seen the crash".
const classWords = new Set(['anybody', 'anyone', 'everybody', 'everyone', 'people', 'those', 'whoever']);

/**
 * Hedge words that are not the writer's doubt (EDITORIAL-STANDARD.md §4): negated possibility the writer asserts
 * ("could not possibly have known"), a modal in a question or after "whether"/"if"/"asked", and a modal in a
 * relative clause describing a class of people ("anyone who may have seen the collision").
 */
function notTheWritersDoubt(tokens: readonly Token[], first: number, sentence: string): boolean {
  const before = (k: number): string => tokens[first - k]?.lower ?? '';
  if (/^(?:not|never|cannot|hardly|n't|no)$/.test(before(1)) || /^(?:not|never|cannot|n't)$/.test(before(2))) return true;
  if (/\?["”’)]*\s*$/.test(sentence)) return true;
  for (let k = 1; k <= 8 && k <= first; k++) if (questionWords.has(before(k))) return true;
  return /^(?:who|that)$/.test(before(1)) && classWords.has(before(2));
}

/** Delete a one-word hedge with its comma and one space, keeping a capital at the sentence start. */
function removal(text: string, from: number, to: number, toSource: (from: number, to: number) => [number, number], word: string): Fix {
  let a = from;
  let b = to;
  if (text[b] === ',') b++;
  if (text[b] === ' ') b++;
  else if (a > 0 && text[a - 1] === ' ') a--;
  const [start, end] = toSource(a, b);
  let replacement = '';
  // "Presumably, the …" → "The …".
  const atStart = a === 0 || /[.!?]\s*$/.test(text.slice(Math.max(0, a - 3), a)) || /^\p{Lu}/u.test(word) && from === a;
  if (atStart && /^\p{Ll}/u.test(text[b] ?? '')) {
    // The next word is rewritten whole, so the edit ends on a word boundary, never inside a token.
    const next = /^[\p{L}\p{N}'’-]+/u.exec(text.slice(b))![0];
    const [, capEnd] = toSource(b, b + next.length);
    return {title: `Remove "${word}"`, kind: 'suggestion', edits: [{start, end: capEnd, text: next[0].toUpperCase() + next.slice(1)}]};
  }
  return {title: `Remove "${word}"`, kind: 'suggestion', edits: [{start, end, text: ''}]};
}

/**
 * "Replace with an attribution…": a removable hedge that opens the sentence or stands before a comma becomes
 * "According to ⟨source⟩," in its place ("Reportedly, the bill …" → "According to ⟨source⟩, the bill …"); one inside a
 * clause is deleted and ", according to ⟨source⟩" goes at the clause end ("Insurers reportedly received more than
 * 6,000 claims." → "Insurers received more than 6,000 claims, according to ⟨source⟩."). A hedge that cannot be
 * deleted keeps its place and gains the attribution at the clause end.
 */
function replacement(ctx: RuleContext, sentence: Sentence, from: number, to: number, start: number, end: number, remove: Fix | undefined): Fix | undefined {
  const title = 'Replace with an attribution…';
  const text = ctx.blocks[sentence.block].text;
  const capital = opensSentence(ctx, sentence, from);
  if (remove && (capital || text[to] === ',')) {
    return {title, kind: 'suggestion', edits: [{start, end, text: `${accordingTo(sourcePlaceholder, capital)}${text[to] === ',' ? '' : ','}`}]};
  }
  const attribution = attributionFixes(ctx, sentence, to, start).find((f) => f.title === addAttributionTitle);
  if (!attribution) return undefined;
  if (!remove) return {title: 'Add attribution…', kind: 'suggestion', edits: attribution.edits};
  const [removed] = remove.edits;
  // The clause ends right where the hedge is deleted ("…, reportedly; …"): attribute in its place instead.
  if (attribution.edits.some((e) => e.start >= removed.start && e.start <= removed.end)) {
    return {title, kind: 'suggestion', edits: [{start, end, text: accordingTo(sourcePlaceholder, false)}]};
  }
  return {title, kind: 'suggestion', edits: [...remove.edits, ...attribution.edits]};
}
