// A Unicode word boundary for the French and German patterns, written as cheaply as the pattern around it allows.
//
// JavaScript's `\b` knows only ASCII letters ("considéré", "Bürger"), so those patterns spell a boundary out as
// "a letter or digit on one side and none on the other": four look-arounds on `[\p{L}\p{N}]`. V8 compiles each such
// class (about 780 ranges, case-closed under the `i` flag) on the pattern's first run, and again when the pattern
// tiers up to native code: measured on node 20 (V8 11.3), the first German sentence to open the heavier gates cost
// 0.7 s and a first German draft of 1,000 characters 245 ms, against 10 ms for its second lint. Most boundaries stand
// next to a literal word ("\bvon\b", "(?:sagte|erklärte)\b"): there one side is known from the pattern itself, and
// one look-around on the other side says the same thing.

/** A letter or a digit: a word character of the boundary. */
const wordClass = String.raw`[\p{L}\p{N}]`;

/** The boundary when nothing is known of either side (the form every `\b` took before). */
const fullBoundary = `(?:(?<!${wordClass})(?=${wordClass})|(?<=${wordClass})(?!${wordClass}))`;

/** What a term is sure to put on one side of a position: a word character, a character that is none, or unknown. */
type Side = 'word' | 'other' | 'unknown';

/** One term of a parsed pattern: an atom and its quantifier, with its source span for the rewrite. */
interface Term {
  /** True for look-arounds, anchors and boundaries: they consume nothing. */
  readonly zeroWidth: boolean;
  /** True when its quantifier lets it match nothing (`?`, `*`, `{0,…}`). */
  readonly optional: boolean;
  /** What the term's first and last characters are sure to be, when it matches something. */
  readonly first: Side;
  readonly last: Side;
  /** UTF-16 offset of a `\b` in the source; -1 for other terms. */
  readonly boundaryAt: number;
}

const wordChar = /[\p{L}\p{N}]/u;
const isWordChar = (char: string): boolean => wordChar.test(char);

// Sticky readers of the pattern syntax, each run at a known offset.
const literalRun = /[^\\()[\]{}|?*+^$.]+/y;
const groupOpening = /\(\?(?:=|!|<=|<!|:|<[A-Za-z_$][\w$]*>)|\(/y;
const quantifierAt = /(?:([?*+])|\{(\d+)(?:,\d*)?\})\??/y;
const escapeAt = /\\(?:[pP]\{([^}]*)\}|u\{([0-9A-Fa-f]+)\}|u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})|k<[^>]*>|c[A-Za-z]|(\d+)|(.))/suy;
const classEscapeAt = /\\(?:([pP])\{([^}]*)\}|u\{([0-9A-Fa-f]+)\}|u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})|c[A-Za-z]|(.))/suy;

/** The characters that open a quantifier. */
const quantifierStart = new Set(['?', '*', '+', '{']);

/** The last character (code point) of a non-empty string: one UTF-16 unit, or two for a surrogate pair. */
const lastCharacter = (text: string): string => {
  const low = text.charCodeAt(text.length - 1);
  return low >= 0xdc00 && low <= 0xdfff && text.length > 1 ? text.slice(-2) : text.slice(-1);
};

/** The side a single character puts down. */
const sideOf = (char: string): Side => (isWordChar(char) ? 'word' : 'other');

/** Unicode properties whose every character is a letter or a digit (also after case folding). */
const wordProperties = new Set(['L', 'Letter', 'Ll', 'Lm', 'Lo', 'Lt', 'Lu', 'N', 'Nd', 'Nl', 'No', 'Number']);

/** Two sides the same, or unknown. */
const agree = (sides: readonly Side[]): Side => (sides.length > 0 && sides.every((s) => s === sides[0]) ? sides[0] : 'unknown');

/**
 * What the character next to a position is sure to be, reading `terms` from `from` in direction `step` (1: the
 * character after, from the terms' firsts; -1: the one before, from their lasts): the first term that must match
 * something decides, together with every optional term before it; unknown when no term must.
 */
function sideFrom(terms: readonly Term[], from: number, step: 1 | -1): Side {
  const sides: Side[] = [];
  for (let i = from; i >= 0 && i < terms.length; i += step) {
    const term = terms[i];
    if (term.zeroWidth) continue;
    sides.push(step === 1 ? term.first : term.last);
    if (!term.optional) return agree(sides);
  }
  return 'unknown';
}

/**
 * A recursive-descent reader of the pattern syntax the language files use (`u` flag, not `v`): alternatives,
 * groups and look-arounds, classes, escapes and quantifiers. It records where each `\b` stands and what its
 * neighbours are sure to be; it never changes what a pattern matches.
 */
class Reader {
  private at = 0;
  /** Each `\b` outside a class: its offset and its replacement. */
  readonly edits: Array<{at: number; text: string}> = [];

  constructor(private readonly source: string) {}

  /** Reads alternatives up to `)` or the end; returns what every alternative starts and ends with. */
  alternatives(): {first: Side; last: Side} {
    const firsts: Side[] = [];
    const lasts: Side[] = [];
    for (;;) {
      const sequence = this.sequence();
      firsts.push(sequence.first);
      lasts.push(sequence.last);
      if (this.source[this.at] !== '|') break;
      this.at++;
    }
    return {first: agree(firsts), last: agree(lasts)};
  }

  /** Reads one alternative; rewrites its boundaries from their consuming neighbours. */
  private sequence(): {first: Side; last: Side} {
    const terms: Term[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') terms.push(this.term());
    terms.forEach((term, i) => {
      if (term.boundaryAt < 0) return;
      const next = sideFrom(terms, i + 1, 1);
      const previous = sideFrom(terms, i - 1, -1);
      // A boundary before a letter is "no letter before"; before a space, "a letter before"; and so on.
      const text = next === 'word' ? `(?<!${wordClass})` : next === 'other' ? `(?<=${wordClass})`
        : previous === 'word' ? `(?!${wordClass})` : previous === 'other' ? `(?=${wordClass})` : fullBoundary;
      this.edits.push({at: term.boundaryAt, text});
    });
    return {first: sideFrom(terms, 0, 1), last: sideFrom(terms, terms.length - 1, -1)};
  }

  /** Reads an atom and its quantifier. */
  private term(): Term {
    const start = this.at;
    const char = this.source[this.at];
    let atom: {zeroWidth: boolean; first: Side; last: Side};
    if (char === '(') {
      groupOpening.lastIndex = this.at;
      const opening = groupOpening.exec(this.source)![0];
      const lookaround = opening.length > 2 && (opening[2] === '=' || opening[2] === '!' || opening === '(?<=' || opening === '(?<!');
      this.at += opening.length;
      const inner = this.alternatives();
      if (this.source[this.at] !== ')') throw new SyntaxError(`unclosed group at ${start} in ${this.source}`);
      this.at++;
      atom = lookaround ? {zeroWidth: true, first: 'unknown', last: 'unknown'} : {zeroWidth: false, ...inner};
    } else if (char === '[') {
      const side = this.characterClass();
      atom = {zeroWidth: false, first: side, last: side};
    } else if (char === '\\') {
      if (this.source[this.at + 1] === 'b') {
        this.at += 2;
        return {zeroWidth: true, optional: false, first: 'unknown', last: 'unknown', boundaryAt: start};
      }
      const side = this.escape();
      atom = {zeroWidth: side === null, first: side ?? 'unknown', last: side ?? 'unknown'};
    } else if (char === '^' || char === '$') {
      this.at++;
      atom = {zeroWidth: true, first: 'unknown', last: 'unknown'};
    } else if (char === '.') {
      this.at++;
      atom = {zeroWidth: false, first: 'unknown', last: 'unknown'};
    } else {
      // A run of literal characters is one term (its quantifier, if any, takes its last character alone).
      literalRun.lastIndex = this.at;
      let run = literalRun.exec(this.source)![0];
      if (quantifierStart.has(this.source[this.at + run.length]) && lastCharacter(run).length < run.length) {
        run = run.slice(0, -lastCharacter(run).length);
      }
      this.at += run.length;
      atom = {zeroWidth: false, first: sideOf(String.fromCodePoint(run.codePointAt(0)!)), last: sideOf(lastCharacter(run))};
    }
    const optional = this.quantifier();
    return {zeroWidth: atom.zeroWidth, optional, first: atom.first, last: atom.last, boundaryAt: -1};
  }

  /** Reads a quantifier if one follows; true when it allows no repetition at all (`?`, `*`, `{0,…}`). */
  private quantifier(): boolean {
    if (!quantifierStart.has(this.source[this.at])) return false;
    quantifierAt.lastIndex = this.at;
    const m = quantifierAt.exec(this.source);
    if (!m) return false;
    this.at += m[0].length;
    return m[1] === '?' || m[1] === '*' || m[2] === '0';
  }

  /** Reads an escape outside a class; the side its character puts down, or null for an assertion (`\B`). */
  private escape(): Side | null {
    escapeAt.lastIndex = this.at;
    const m = escapeAt.exec(this.source);
    if (!m) throw new SyntaxError(`unreadable escape at ${this.at} in ${this.source}`);
    this.at += m[0].length;
    if (m[1] !== undefined) return m[0][1] === 'p' && wordProperties.has(m[1]) ? 'word' : 'unknown';
    const code = m[2] ?? m[3] ?? m[4];
    if (code !== undefined) return sideOf(String.fromCodePoint(parseInt(code, 16)));
    const letter = m[6];
    if (letter === undefined) return 'unknown';
    if (letter === 'B') return null;
    if (letter === 'd') return 'word';
    if (letter === 's' || 'tnrvf'.includes(letter)) return 'other';
    // (`\w` holds "_", `\D`, `\S` and `\W` both kinds.)
    if ('DSwW'.includes(letter)) return 'unknown';
    return sideOf(letter);
  }

  /** Reads a class `[…]`; 'word' when every member is a letter or digit, 'other' when none is, else unknown. */
  private characterClass(): Side {
    this.at++;
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    const sides: Side[] = [];
    let previous: string | undefined;
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      let member: string | undefined;
      const escaped = this.source[this.at] === '\\';
      if (escaped) {
        classEscapeAt.lastIndex = this.at;
        const m = classEscapeAt.exec(this.source);
        if (!m) throw new SyntaxError(`unreadable escape at ${this.at} in ${this.source}`);
        this.at += m[0].length;
        const code = m[3] ?? m[4] ?? m[5];
        if (m[1] !== undefined) sides.push(m[1] === 'p' && wordProperties.has(m[2]) ? 'word' : 'unknown');
        else if (code !== undefined) member = String.fromCodePoint(parseInt(code, 16));
        else if (m[6] === 'd') sides.push('word');
        else if (m[6] === 's') sides.push('other');
        else if (m[6] !== undefined && isWordChar(m[6])) sides.push('unknown'); // \w, \D, \b (backspace), …
        else if (m[6] !== undefined) member = m[6];
        else sides.push('unknown');
      } else {
        member = String.fromCodePoint(this.source.codePointAt(this.at)!);
        this.at += member.length;
      }
      if (member === undefined) {
        previous = undefined;
        continue;
      }
      // A range "a-z": every character in it decides (a range too long to walk is unknown).
      if (member === '-' && !escaped && previous !== undefined && this.source[this.at] !== ']' && this.source[this.at] !== undefined) {
        const high = this.source[this.at] === '\\' ? undefined : String.fromCodePoint(this.source.codePointAt(this.at)!);
        if (high === undefined) {
          sides.push('unknown');
          previous = undefined;
          continue;
        }
        this.at += high.length;
        const low = previous.codePointAt(0)!;
        const top = high.codePointAt(0)!;
        const inRange: Side[] = [];
        if (top - low <= 4096) for (let c = low; c <= top; c++) inRange.push(sideOf(String.fromCodePoint(c)));
        sides.pop();
        sides.push(agree(inRange));
        previous = undefined;
        continue;
      }
      sides.push(sideOf(member));
      previous = member;
    }
    if (this.source[this.at] !== ']') throw new SyntaxError(`unclosed class in ${this.source}`);
    this.at++;
    const side = agree(sides);
    return negated ? 'unknown' : side;
  }

  /** True when the whole source has been read. */
  done(): boolean {
    return this.at >= this.source.length;
  }
}

/**
 * A pattern whose every `\b` is a Unicode word boundary (a letter or digit, `\p{L}` or `\p{N}`, on exactly one side),
 * written as one look-around where the pattern itself fixes the other side ("\bvon" is "no letter or digit before
 * v"), and as the four-look-around form elsewhere. Matches exactly what the four-look-around form everywhere matches
 * (test/unit/boundary.test.ts compares them on random patterns and texts), and compiles in a fraction of its time.
 * One exception, absent from the language files: under `i`, a literal Greek iota (ι) also matches U+0345, the
 * combining ypogegrammeni, which is no word character (and a literal U+0345 matches ι), so a boundary read from
 * either could differ.
 *
 * @param source
 *   The pattern's source, in the syntax of the `u` flag, with `\b` for word boundaries (never inside a class).
 * @param flags
 *   Its flags; must include `u` (without it `\p{…}` is not a class).
 * @returns
 *   The compiled pattern.
 * @throws {SyntaxError}
 *   When the source is not a valid pattern (as `new RegExp` would), or `flags` lacks `u` or holds `v`.
 */
export function unicodeWords(source: string, flags: string): RegExp {
  if (!flags.includes('u') || flags.includes('v')) throw new SyntaxError(`unicodeWords needs the u flag without v, not "${flags}"`);
  const reader = new Reader(source);
  reader.alternatives();
  if (!reader.done()) throw new SyntaxError(`unbalanced ")" in ${source}`);
  let out = '';
  let last = 0;
  for (const edit of reader.edits.sort((a, b) => a.at - b.at)) {
    out += source.slice(last, edit.at) + edit.text;
    last = edit.at + 2;
  }
  return new RegExp(out + source.slice(last), flags);
}

/**
 * The same pattern with every `\b` in the four-look-around form: the reference {@link unicodeWords} must match
 * exactly (used by its tests; slow to compile).
 *
 * @param source
 *   As for {@link unicodeWords}.
 * @param flags
 *   As for {@link unicodeWords}.
 */
export function unicodeWordsReference(source: string, flags: string): RegExp {
  return new RegExp(source.replace(/\\b/g, fullBoundary), flags);
}
