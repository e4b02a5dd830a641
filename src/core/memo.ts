// Results of the pure per-block and per-sentence steps of the analysis, kept between lints of one document, so an
// editor relint recomputes only what the edited paragraph changed.

/**
 * One table of a memo: values keyed by the text they were computed from. A value used by a lint lives on to the next
 * lint; one the last lint did not use is dropped, so the table never holds more than two versions of a document.
 */
export class MemoTable<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();

  /** The value stored for `key` in this lint or the last one, or undefined (then the caller computes and `set`s it). */
  get(key: string): T | undefined {
    let value = this.current.get(key);
    if (value === undefined) {
      value = this.previous.get(key);
      if (value !== undefined) this.current.set(key, value);
    }
    return value;
  }

  set(key: string, value: T): void {
    this.current.set(key, value);
  }

  /** Forget what the lint that just ended did not use. */
  advance(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  clear(): void {
    this.current.clear();
    this.previous.clear();
  }
}

/**
 * Tables for the steps whose result depends only on one block's or one sentence's text (and the draft's language and
 * configuration, which `begin` checks): sentence splitting, tokens, attribution candidates, figures and their kinds,
 * quotations, and whether a passage reads as English. Which step fills which table is the business of the module
 * that computes it (sentences.ts, analysis.ts); entries are never mutated by their readers.
 */
export class AnalysisMemo {
  readonly tables = new Map<string, MemoTable<unknown>>();
  private context: unknown[] = [];

  /**
   * Start a lint under a language and configuration: when either differs from the last lint's (compared by
   * identity, then by value for the configuration), everything stored is dropped.
   *
   * @param language
   *   The draft's language resources object.
   * @param config
   *   The resolved configuration, compared by its JSON.
   */
  begin(language: object, config: object): void {
    const [lastLanguage, lastConfig, lastJson] = this.context;
    if (lastLanguage === language && (lastConfig === config || lastJson === JSON.stringify(config))) {
      this.context = [language, config, lastJson];
      return;
    }
    for (const table of this.tables.values()) table.clear();
    this.context = [language, config, JSON.stringify(config)];
  }

  /** End a lint: entries it did not use are dropped at the end of the next one. */
  end(): void {
    for (const table of this.tables.values()) table.advance();
  }

  /** The table named `name`, created empty on first use. */
  table<T>(name: string): MemoTable<T> {
    let table = this.tables.get(name);
    if (!table) {
      table = new MemoTable<unknown>();
      this.tables.set(name, table);
    }
    return table as MemoTable<T>;
  }
}
