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

class Classifier implements WordClassifier {
  private readonly forms = new Map<string, WordForm>();
  // Classes by lower-cased word ("The" and "the" are classed once).
  private readonly classes = new Map<string, number>();

  constructor(private readonly L: LanguageResources) {}

  formOf(text: string): WordForm {
    let form = this.forms.get(text);
    if (form === undefined) {
      const lower = text.toLowerCase();
      let bits = this.classes.get(lower);
      if (bits === undefined) {
        bits = 0;
        for (let i = 0; i < tests.length; i++) if (tests[i](this.L, lower)) bits |= 1 << i;
        if (this.classes.size >= maxKnownWords) this.classes.clear();
        this.classes.set(lower, bits);
      }
      // (A lower-cased form already known is shared: "The" and "the" have one "the".)
      const shared = this.forms.get(lower);
      form = {lower: shared?.lower ?? lower, cased: lower !== text.toUpperCase(), classes: bits};
      if (this.forms.size >= maxKnownWords) this.forms.clear();
      this.forms.set(text, form);
    }
    return form;
  }
}
