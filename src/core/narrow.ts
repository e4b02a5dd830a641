// Text stored one byte a character, so that the patterns run on it at full speed.

/** A character beyond Latin-1: a string that holds one must be stored two bytes a character. */
const beyondLatin1 = /[^\u0000-\u00ff]/;

/** True when `text` holds a character beyond Latin-1, so that it and every slice of it are stored two bytes a character. */
export const holdsBeyondLatin1 = (text: string): boolean => beyondLatin1.test(text);

/**
 * The same text, stored one byte a character when every character of it fits in Latin-1; otherwise `text` itself.
 *
 * V8 keeps a slice of a string that holds one character beyond Latin-1 (a typographic apostrophe, a dash, „ “) two
 * bytes a character, whatever the slice holds, and so does a string built from such slices. A pattern run on
 * two-byte text calls out of its machine code for each `\p{…}` class it tests: one French pattern took 1,137 ns on
 * a 146-character sentence stored two bytes a character against 174 ns stored one (node 20, V8 11.3). One
 * apostrophe in a draft made every paragraph and sentence of it two-byte. JSON's round trip returns an equal string
 * that V8 stores in one byte when it can (about 3 µs per 1,000 characters). Session 45.
 *
 * @param text
 *   Any string.
 * @returns
 *   A string equal to `text` (`===`).
 */
export function narrowed(text: string): string {
  return holdsBeyondLatin1(text) ? text : JSON.parse(JSON.stringify(text)) as string;
}
