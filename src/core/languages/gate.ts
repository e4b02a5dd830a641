import {matchesOf} from '../matches.js';

// Gates: a cheap test a sentence must pass before a costly language pattern runs on it. German patterns open with
// alternatives and look-behinds reaching back up to 80 characters, which the regex engine tries at every position
// of every sentence (75–150 µs a pattern and sentence, most of a German lint's time); a word the pattern cannot
// match without decides in a few µs that it need not run (as missing-attribution's word gates do for English).

/**
 * What a gated pattern needs in a sentence: one of `words` as a word of it (a maximal run of letters and digits,
 * lower-cased: what the patterns' Unicode `\b` bounds), a word of it ending with one of `ends` (for an open class
 * matched by its ending: French "-rait", "-raient"), or its lower-cased text opening with one of `starts` (for
 * alternatives anchored with `^`). Chosen from the pattern's own text so that it can never match without one.
 */
export interface Gate {
  readonly words: ReadonlySet<string>;
  readonly starts: readonly string[];
  readonly ends: readonly string[];
}

/**
 * A gated pattern built on first use: `build` makes the RegExp (see `patternOf`), which a draft whose sentences never
 * open the gate never pays for. Building the French and German patterns took most of a first French or German lint
 * in a new process (the `\p{…}` classes, and the reader of `unicodeWords`).
 */
export interface LazyPattern {
  readonly gate: Gate;
  readonly build: () => RegExp;
  /** The RegExp once built. */
  built?: RegExp;
}

/** A pattern run on sentences, with its gate; without one it runs on every sentence. */
export type GatedPattern = (RegExp & {readonly gate?: Gate}) | LazyPattern;

/**
 * The RegExp of a gated pattern, built on the first call for a lazy one (the same object on every later call).
 *
 * @param pattern
 *   A pattern from `gated`, or a plain RegExp.
 */
export function patternOf(pattern: GatedPattern): RegExp {
  if (pattern instanceof RegExp) return pattern;
  return pattern.built ??= pattern.build();
}

/**
 * Gives a pattern its gate: a RegExp gets a `gate` property (the same object); a function that builds the RegExp gives
 * a `LazyPattern` that builds it on first use (`patternOf`).
 *
 * @param pattern
 *   A case-insensitive pattern over a sentence's text, or a function returning it.
 * @param words
 *   Space-separated lower-cased words, one of which every match holds as a whole word.
 * @param starts
 *   Space-separated lower-cased beginnings of the text, for alternatives that hold none of `words` but are anchored at
 *   the text's start (empty: none).
 * @param ends
 *   Space-separated lower-cased endings, one of which ends a whole word of every match that holds none of `words`
 *   (empty: none).
 */
export function gated(pattern: RegExp, words: string, starts?: string, ends?: string): RegExp & {readonly gate: Gate};
export function gated(pattern: () => RegExp, words: string, starts?: string, ends?: string): LazyPattern;
export function gated(pattern: RegExp | (() => RegExp), words: string, starts = '', ends = ''): GatedPattern {
  const split = (list: string): string[] => list.split(' ').filter((w) => w !== '');
  const gate = {words: new Set(split(words)), starts: split(starts), ends: split(ends)};
  return pattern instanceof RegExp ? Object.assign(pattern, {gate}) : {gate, build: pattern};
}

/**
 * Every match of a gated pattern in a sentence's text (`matchesOf` from the start), or none without running it when
 * the gate is shut; a lazy pattern is built on the first text that opens its gate.
 *
 * @param pattern
 *   A global pattern from `gated`, or a plain global RegExp (no gate: always run).
 * @param text
 *   The sentence's plain text.
 */
export function gatedMatches(pattern: GatedPattern, text: string): readonly RegExpExecArray[] {
  if (!gateOpen(pattern, text)) return noMatches;
  const re = patternOf(pattern);
  re.lastIndex = 0;
  return matchesOf(re, text);
}

// The answer of a shut gate, shared (most gates are shut: tens of thousands a long lint).
const noMatches: readonly RegExpExecArray[] = [];

const wordRuns = /[\p{L}\p{N}]+/gu;

/** Lower-cased as the `i` flag compares: "ſ" (long s) folds to "s", which `toLowerCase` leaves alone. */
const fold = (text: string): string => {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
};

/**
 * Whether a pattern may match a sentence: true when it has no gate or the sentence passes it; false only when the
 * pattern cannot match.
 *
 * @param pattern
 *   The pattern, gated or not.
 * @param text
 *   The sentence's plain text, the text the pattern runs on.
 */
export function gateOpen(pattern: GatedPattern, text: string): boolean {
  const gate = pattern.gate;
  if (gate === undefined) return true;
  const folds = foldsOf(text);
  if (gate.starts.length > 0) {
    const opening = folds.opening ??= fold(text.slice(0, 24));
    for (const start of gate.starts) if (opening.startsWith(start)) return true;
  }
  const ends = gate.ends;
  // (A word of the text that folds to a gate word, or ends with a gate ending, leaves that string in the folded text:
  // a text that holds none of them as a substring fails the gate without being split into words. Once the text's words
  // are known, a few set lookups answer sooner than a scan of the text for each string.)
  const probe = probeOf(gate);
  if (probe !== null && folds.words === undefined) {
    const folded = folds.folded ??= fold(text);
    let found = false;
    for (let i = 0; i < probe.length && !found; i++) found = folded.includes(probe[i]);
    if (!found) return false;
  }
  const words = folds.words ??= foldedWords(text);
  // (Without endings, whether the two sets meet: walked from the smaller one.)
  if (ends.length === 0 && gate.words.size < words.size) {
    for (const word of gate.words) if (words.has(word)) return true;
    return false;
  }
  for (const word of words) {
    if (gate.words.has(word)) return true;
    for (let i = 0; i < ends.length; i++) if (word.endsWith(ends[i])) return true;
  }
  return false;
}

// Per gate: its words and endings as substrings to look for in the folded text first (see gateOpen), or null.
const probes = new WeakMap<Gate, readonly string[] | null>();

/** Gates of at most this many words and endings are probed as substrings before the text is split into words. */
const maxProbe = 8;

/**
 * The strings whose absence from a text's fold proves the gate shut, or null when the gate is too large to probe or
 * holds a sigma: `toLowerCase` maps every character alone except capital sigma, whose final form depends on the
 * letters around it, so only a string without σ or ς is sure to appear in the whole text's fold where a word's fold
 * equals or ends with it.
 */
function probeOf(gate: Gate): readonly string[] | null {
  let probe = probes.get(gate);
  if (probe === undefined) {
    const strings = [...gate.words, ...gate.ends];
    probe = strings.length <= maxProbe && strings.every((w) => w !== '' && !/[σς]/u.test(w)) ? strings : null;
    probes.set(gate, probe);
  }
  return probe;
}

/**
 * What the gates read of one text, each computed on first need: `opening`, the fold of its first 24 code units;
 * `folded`, the fold of the whole text; `words`, its distinct folded words (see `foldedWords`).
 */
interface Folds {
  opening?: string;
  folded?: string;
  words?: ReadonlySet<string>;
}

// The folds of the texts gated in the current lint (values of the text alone, so never stale). The rules ask about one
// sentence for each of their patterns in turn, but several passes walk the whole draft: with only the last text kept,
// a 30,000-word French lint folded and split its 1,259 sentences 2,602 times, a German one its 1,679 sentences 6,213
// times. `forgetFolds` empties it when a lint starts, so it holds one draft's sentences at most.
const recentFolds = new Map<string, Folds>();

/** Texts whose folds are kept at most (the oldest is dropped first): far more than a long draft's sentences. */
const keptFolds = 8192;

/** The folds of `text`, remembered until `forgetFolds` or until `keptFolds` later texts were asked about. */
function foldsOf(text: string): Folds {
  let folds = recentFolds.get(text);
  if (folds === undefined) {
    if (recentFolds.size >= keptFolds) recentFolds.delete(recentFolds.keys().next().value as string);
    recentFolds.set(text, folds = {});
  }
  return folds;
}

/**
 * Forget the folds remembered for the texts gated so far. The engine calls it as each lint starts: the texts of the
 * draft before are let go, and a lint takes the same time whether or not the same draft was linted just before.
 */
export function forgetFolds(): void {
  recentFolds.clear();
}

/** The distinct words of `text` (maximal runs of letters and digits), folded. */
function foldedWords(text: string): ReadonlySet<string> {
  const words = new Set<string>();
  // (`match` runs the pattern itself, not a copy (see matches.ts), and gives the runs as strings, no match objects.)
  for (const run of text.match(wordRuns) ?? []) words.add(fold(run));
  return words;
}
