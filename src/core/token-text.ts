// Texts read off a run of tokens without the arrays `slice`, `filter` and `map` would make on the way: these run on
// every figure and attribution, and an empty array made by `map` or `filter` has another shape than a full one, which
// sends V8's optimised code for the caller back to the interpreter the first time one turns up.
import type {Token} from './analysis.js';

/**
 * The lower-cased forms of `tokens.slice(from, to)` joined by single spaces: `tokens.slice(from, to).map((t) =>
 * t.lower).join(' ')`, with `from` and `to` read as `slice` reads them (a negative index counts from the end).
 */
export function lowerText(tokens: readonly Token[], from = 0, to = tokens.length): string {
  const n = tokens.length;
  const start = from < 0 ? Math.max(n + from, 0) : Math.min(from, n);
  const end = to < 0 ? Math.max(n + to, 0) : Math.min(to, n);
  if (start >= end) return '';
  let text = tokens[start].lower;
  for (let i = start + 1; i < end; i++) text += ' ' + tokens[i].lower;
  return text;
}

/** The lower-cased forms of the words among `tokens`, in order: `tokens.filter((w) => w.word).map((w) => w.lower)`. */
export function wordLowers(tokens: readonly Token[]): string[] {
  const lowers: string[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i].word) lowers.push(tokens[i].lower);
  return lowers;
}
