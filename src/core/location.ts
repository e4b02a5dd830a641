// Offset ↔ 1-based line/column conversion, counting columns in UTF-16 code units as VS Code does.
import {partitionPoint} from './search.js';

/** A 1-based line and column. */
export interface Point {
  line: number;
  column: number;
}

/** Converts offsets to points for one text; build once, query many times. */
export interface Locator {
  toPoint(offset: number): Point;
  toOffset(point: Point): number;
}

/**
 * Build a locator over `text`. Lines end at LF, CRLF or a lone CR.
 *
 * @param text
 *   The whole document.
 */
export function createLocator(text: string): Locator {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return {
    toPoint(offset) {
      const o = Math.max(0, Math.min(offset, text.length));
      // The line is the last one starting at or before the offset (starts[0] is 0, so there always is one).
      const line = partitionPoint(starts.length, (i) => starts[i] > o) - 1;
      return {line: line + 1, column: o - starts[line] + 1};
    },
    toOffset(point) {
      const line = Math.max(1, Math.min(point.line, starts.length));
      const lineEnd = line < starts.length ? starts[line] : text.length;
      return Math.min(starts[line - 1] + Math.max(0, point.column - 1), lineEnd);
    },
  };
}
