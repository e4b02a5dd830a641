// Matching without copies of the pattern. `text.matchAll(re)` and `text.split(re)` run on a copy of `re` (the spec's
// species constructor), and V8 finds the copy's compiled code in a cache that every full garbage collection empties:
// after each one, every pattern read that way is parsed and compiled again (a third of the main thread's instructions
// in a 30,000-word lint that met a full collection, Unicode classes built with ICU each time). A pattern used in
// place keeps its own compiled code, so these run `re` itself and leave its `lastIndex` as they found it.

/**
 * Every match of a global pattern in `text`, the ones `text.matchAll(re)` yields (from `re.lastIndex`, empty matches
 * stepping one code point with the `u` flag and one code unit without), collected eagerly.
 *
 * @param re
 *   A pattern with the `g` flag (as matchAll requires).
 * @param text
 *   The text searched.
 * @returns
 *   The matches in order, each with its `index` (UTF-16 offset in `text`).
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf needs a global pattern');
  const start = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      out.push(m);
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
    }
  } finally {
    re.lastIndex = start;
  }
  return out;
}

/**
 * `text.split(re)` for a pattern that never matches the empty string and has no capturing group (`/\s+/`,
 * `/[\s,]+/`): the pieces between its matches.
 *
 * @param re
 *   A global pattern that cannot match "" and captures nothing.
 * @param text
 *   The text split.
 */
export function splitOn(re: RegExp, text: string): string[] {
  if (!re.global) throw new TypeError('splitOn needs a global pattern');
  const start = re.lastIndex;
  const out: string[] = [];
  let last = 0;
  try {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      out.push(text.slice(last, m.index));
      last = re.lastIndex;
    }
  } finally {
    re.lastIndex = start;
  }
  out.push(text.slice(last));
  return out;
}

/** The spec's AdvanceStringIndex: one code point on with `unicode`, else one code unit. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1;
}

/** White-space runs, for `splitOn` (what `split(/\s+/)` splits at). */
export const spaceRuns = /\s+/g;

/** Runs of white space and commas, for `splitOn` (what `split(/[\s,]+/)` splits at). */
export const spaceOrCommaRuns = /[\s,]+/g;
