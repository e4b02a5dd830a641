// The shape of a message catalogue (one per locale: en.ts, fr.ts, de.ts).

/** The texts of one rule: its messages by messageId, and the note shown with them (hover, Sources panel). */
export interface RuleMessages {
  /** The rule's one-line description (`Rule.description`, SARIF's `shortDescription`); none for `unsupported-language`. */
  readonly description?: string;
  /** messageId → message template. */
  readonly messages: Readonly<Record<string, string>>;
  /** The note of every message of the rule, unless `notes` has one for its messageId. */
  readonly note?: string;
  /** messageId → note template, for rules whose messages need different notes. */
  readonly notes?: Readonly<Record<string, string>>;
}

/**
 * A locale's texts. Templates use ESLint's placeholders, `{{name}}`, filled from a report's `data` (see
 * `formatMessage` in index.ts).
 */
export interface Catalogue {
  /** Opening and closing marks around each item of a quoted list placeholder: `"`/`"`, `« `/` »`, `„`/`“`. */
  readonly quotes: readonly [string, string];
  /** Rule id (and the engine's `unsupported-language`) → the rule's texts. */
  readonly rules: Readonly<Record<string, RuleMessages>>;
  /**
   * What the engine's merge step (merge.ts) appends to a surviving finding's message, by the rule of the findings it
   * absorbed (`data['merged:<rule>']`, their words, fills `{{words}}`).
   */
  readonly merged: Readonly<Record<string, string>>;
  /** Quick-fix titles by messageId (ESLint's suggestion messages). */
  readonly fixes: Readonly<Record<string, string>>;
  /** Words a report names by reference (`{term: 'figure.percent'}`): figure forms, language names. */
  readonly terms: Readonly<Record<string, string>>;
}

/** The same keys as the catalogue `C`, with any text in place of each of its texts: what a translation must fill. */
export type Translation<C> = C extends string
  ? string
  : C extends readonly [string, string]
    ? readonly [string, string]
    : {readonly [K in keyof C]: Translation<C[K]>};
