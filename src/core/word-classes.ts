// Word classes: the lexicon memberships that the per-sentence passes (figures, the rules' pattern gates) ask of every
// word, looked up once per token when the sentence is tokenised instead of once per pass.
import type {LanguageResources} from './languages/types.js';

/** Whether a lower-cased word belongs to a class in a language (a lexicon, or the gate words of a pattern). */
export type WordTest = (L: LanguageResources, lower: string) => boolean;

const tests: WordTest[] = [];
// Per language: each lower-cased word seen, with the bits of the classes it belongs to.
let known = new WeakMap<LanguageResources, Classifier>();

/** Words remembered per language before the table is emptied (a draft of 100,000 words has far fewer distinct ones). */
const maxKnownWords = 50_000;

/**
 * Register a class of words. Modules call it once, at load, for each lexicon or gate they test every token against;
 * then `Token.classes & bit` answers for a token without looking its word up again.
 *
 * @param test
 *   Membership of a lower-cased word (a token's `lower`: punctuation too, which a class may not hold). Must depend on
 *   the word and the language alone.
 * @returns
 *   The class's bit, a power of two.
 * @throws Error
 *   When 31 classes are registered already (the bits of a small integer).
 */
export function defineWordClass(test: WordTest): number {
  if (tests.length >= 31) throw new Error('word-classes: at most 31 classes');
  tests.push(test);
  // Words classed before this class existed are classed again.
  known = new WeakMap();
  return 1 << (tests.length - 1);
}

/** What a token's text is as a word: its lower-cased form and its classes. */
export interface WordForm {
  /** `text.toLowerCase()`, one string shared by every token of the same text. */
  readonly lower: string;
  /** Whether the text has case (its lower- and upper-cased forms differ). */
  readonly cased: boolean;
  /** The classes `lower` belongs to: the bits of `defineWordClass`, OR-ed. */
  readonly classes: number;
}

/** The word forms of one language, remembered per token text. */
export interface WordClassifier {
  /**
   * The form of a token's text. Remembered, up to `maxKnownWords` texts (then forgotten and computed again), so
   * a word that recurs is lower-cased and classed once.
   */
  formOf(text: string): WordForm;
  /**
   * The form of `source.slice(from, to)`, and that text (one string shared by every token of the same text), found
   * without slicing `source` when the text is remembered: the tokenizer's case, which then makes no string per token.
   *
   * @returns
   *   `[text, form]`, text equal to `source.slice(from, to)`; the array is reused by the next call.
   */
  formAt(source: string, from: number, to: number): readonly [string, WordForm];
}

/**
 * The word classifier of a language (one per language: tokenising a sentence asks for it once, then once per token).
 *
 * @param L
 *   The draft's language.
 */
export function wordClassifier(L: LanguageResources): WordClassifier {
  let classifier = known.get(L);
  if (!classifier) known.set(L, classifier = new Classifier(L));
  return classifier;
}

/** Slots a classifier's table starts with (a power of two); it doubles when half full. */
const initialSlots = 1024;

/**
 * The hash of `source.slice(from, to)`, from its UTF-16 code units (FNV-1a), so a text is looked up without being
 * sliced. Never 0: 0 marks an empty slot.
 */
function hashOf(source: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
  return h === 0 ? 1 : h;
}

// Texts and their forms in an open-addressing table (linear probing) keyed by the hash of the text's code units:
// a `Map` keyed by the text would want the slice made, and its own hash computed, for every token.
class Classifier implements WordClassifier {
  private hashes = new Int32Array(initialSlots);
  private texts: Array<string | undefined> = new Array<string | undefined>(initialSlots).fill(undefined);
  private forms: Array<WordForm | undefined> = new Array<WordForm | undefined>(initialSlots).fill(undefined);
  private size = 0;
  // Classes by lower-cased word ("The" and "the" are classed once).
  private readonly classes = new Map<string, number>();
  // What `formAt` returns, reused.
  private readonly found: [string, WordForm] = ['', {lower: '', cased: false, classes: 0}];

  constructor(private readonly L: LanguageResources) {}

  formOf(text: string): WordForm {
    return this.formAt(text, 0, text.length)[1];
  }

  formAt(source: string, from: number, to: number): readonly [string, WordForm] {
    const h = hashOf(source, from, to);
    const length = to - from;
    const mask = this.hashes.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const stored = this.hashes[slot];
      if (stored === 0) break;
      if (stored !== h) continue;
      const text = this.texts[slot]!;
      if (text.length !== length || !sameText(text, source, from)) continue;
      this.found[0] = text;
      this.found[1] = this.forms[slot]!;
      return this.found;
    }
    const text = from === 0 && to === source.length ? source : source.slice(from, to);
    const lower = text.toLowerCase();
    let bits = this.classes.get(lower);
    if (bits === undefined) {
      bits = 0;
      for (let i = 0; i < tests.length; i++) if (tests[i](this.L, lower)) bits |= 1 << i;
      if (this.classes.size >= maxKnownWords) this.classes.clear();
      this.classes.set(lower, bits);
    }
    // (A lower-cased form already known is shared: "The" and "the" have one "the".)
    const shared = lower === text ? undefined : this.known(lower);
    const form: WordForm = {lower: shared?.lower ?? lower, cased: lower !== text.toUpperCase(), classes: bits};
    if (this.size >= maxKnownWords) this.clear();
    this.insert(h, text, form);
    this.found[0] = text;
    this.found[1] = form;
    return this.found;
  }

  /** The form remembered for `text`, if any. */
  private known(text: string): WordForm | undefined {
    const h = hashOf(text, 0, text.length);
    const mask = this.hashes.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const stored = this.hashes[slot];
      if (stored === 0) return undefined;
      if (stored === h && this.texts[slot] === text) return this.forms[slot];
    }
  }

  private insert(h: number, text: string, form: WordForm): void {
    if (2 * (this.size + 1) > this.hashes.length) this.grow();
    const mask = this.hashes.length - 1;
    let slot = h & mask;
    while (this.hashes[slot] !== 0) slot = (slot + 1) & mask;
    this.hashes[slot] = h;
    this.texts[slot] = text;
    this.forms[slot] = form;
    this.size++;
  }

  private grow(): void {
    const {hashes, texts, forms} = this;
    this.hashes = new Int32Array(hashes.length * 2);
    this.texts = new Array<string | undefined>(hashes.length * 2).fill(undefined);
    this.forms = new Array<WordForm | undefined>(hashes.length * 2).fill(undefined);
    this.size = 0;
    for (let slot = 0; slot < hashes.length; slot++) if (hashes[slot] !== 0) this.insert(hashes[slot], texts[slot]!, forms[slot]!);
  }

  private clear(): void {
    this.hashes = new Int32Array(initialSlots);
    this.texts = new Array<string | undefined>(initialSlots).fill(undefined);
    this.forms = new Array<WordForm | undefined>(initialSlots).fill(undefined);
    this.size = 0;
  }
}

/** Whether `source` holds `text` at `from` (the caller knows it has room for it). */
function sameText(text: string, source: string, from: number): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== source.charCodeAt(from + i)) return false;
  return true;
}
