// Types for write-good 1.0.8, which ships none: one suggestion per flagged span.
declare module 'write-good' {
  interface Suggestion {
    /** Offset of the flagged text. */
    index: number;
    /** Length of the flagged text. */
    offset: number;
    /** e.g. `"was founded" may be passive voice`. */
    reason: string;
  }
  function writeGood(text: string, options?: Record<string, unknown>): Suggestion[];
  export = writeGood;
}
