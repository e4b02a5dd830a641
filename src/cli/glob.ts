// Glob matching without regular expressions (so globs from .sourced.json cannot backtrack): *, ?, **, [abc], {a,b}.

/** A compiled glob: match a POSIX-style relative path. */
export interface Glob {
  /** True when the whole path matches. */
  matches(path: string): boolean;
  /** True when the path or one of its parent folders matches (ignore semantics). */
  matchesPathOrParent(path: string): boolean;
}

// Brace alternatives multiply; a cap keeps `{a,b}{c,d}…` from exploding.
const maxAlternatives = 256;

/** True when `pattern` uses glob syntax rather than naming a path literally. */
export function isGlob(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

/**
 * Compile a glob.
 *
 * @param pattern
 *   Glob with `/` separators, relative to some base folder.
 * @param options.matchBase
 *   When true, a pattern without a slash matches a name at any depth, as in .gitignore (used for `ignore`);
 *   when false it matches the top level only, as a shell does (used for command-line globs).
 * @throws {Error}
 *   When `{…}` alternatives expand to too many patterns.
 */
export function compileGlob(pattern: string, options: {matchBase: boolean}): Glob {
  let p = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
  const anchored = !options.matchBase || p.startsWith('/') || p.replace(/\/$/, '').includes('/');
  p = p.replace(/^\/+/, '').replace(/\/+$/, '');
  const alternatives = expandBraces(anchored ? p : `**/${p}`).map((alt) => alt.split('/').filter((s) => s !== ''));
  const matches = (path: string) => {
    const segments = path.split('/').filter((s) => s !== '' && s !== '.');
    return alternatives.some((alt) => matchSegments(alt, segments));
  };
  return {
    matches,
    matchesPathOrParent(path) {
      const segments = path.split('/').filter((s) => s !== '' && s !== '.');
      return alternatives.some((alt) => segments.some((_, n) => matchSegments(alt, segments.slice(0, n + 1))));
    },
  };
}

/** The leading part of a glob with no magic in it: where a directory walk should start. */
export function globBase(pattern: string): string {
  const segments = pattern.replace(/\\/g, '/').split('/');
  const base: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isGlob(segment)) break;
    base.push(segment);
  }
  return base.join('/') || (pattern.startsWith('/') ? '/' : '.');
}

/** Expand `{a,b}` alternatives (nested allowed). */
function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open === -1) return [pattern];
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      close = i;
      break;
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  // An unbalanced or single-choice brace is literal text.
  if (close === -1) return [pattern];
  const head = pattern.slice(0, open);
  const tails = expandBraces(pattern.slice(close + 1));
  const bounds = [open, ...commas, close];
  const out: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    for (const middle of expandBraces(pattern.slice(bounds[k] + 1, bounds[k + 1]))) {
      for (const tail of tails) {
        out.push(head + middle + tail);
        if (out.length > maxAlternatives) throw new Error(`glob "${pattern}" expands to more than ${maxAlternatives} patterns`);
      }
    }
  }
  return out;
}

/** Match path segments against pattern segments, where `**` spans zero or more segments (dynamic programming). */
function matchSegments(pattern: readonly string[], path: readonly string[]): boolean {
  // reach[j]: pattern[0..i) can match path[0..j).
  let reach = new Array<boolean>(path.length + 1).fill(false);
  reach[0] = true;
  for (const part of pattern) {
    const next = new Array<boolean>(path.length + 1).fill(false);
    if (part === '**') {
      let any = false;
      for (let j = 0; j <= path.length; j++) {
        any ||= reach[j];
        next[j] = any;
      }
    } else {
      for (let j = 0; j < path.length; j++) if (reach[j] && matchSegment(part, path[j])) next[j + 1] = true;
    }
    reach = next;
  }
  return reach[path.length];
}

/** Wildcard match of one segment: `*`, `?` and `[...]` classes; linear backtracking on the last `*` only. */
function matchSegment(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    if (p < pattern.length && pattern[p] === '*') {
      starP = ++p;
      starN = n;
      continue;
    }
    const step = p < pattern.length ? matchOne(pattern, p, name[n]) : 0;
    if (step > 0) {
      p += step;
      n++;
      continue;
    }
    if (starP === -1) return false;
    p = starP;
    n = ++starN;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Does `pattern[p…]` (one token) match `char`? Returns the token's length, or 0 on no match. */
function matchOne(pattern: string, p: number, char: string): number {
  const c = pattern[p];
  if (c === '?') return 1;
  if (c === '[') {
    const close = pattern.indexOf(']', p + 2);
    if (close !== -1) {
      let body = pattern.slice(p + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      let hit = false;
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          if (char >= body[k] && char <= body[k + 2]) hit = true;
          k += 2;
        } else if (body[k] === char) hit = true;
      }
      return hit !== negate ? close - p + 1 : 0;
    }
  }
  return c === char ? 1 : 0;
}
