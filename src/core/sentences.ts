// Sentence splitting tuned for news copy: abbreviations, initials, decimals and quotes closing after the stop.
import {en} from './languages/en.js';
import type {LanguageResources} from './languages/types.js';
import type {AnalysisMemo} from './memo.js';
import type {ProseBlock, Sentence} from './types.js';
import {mapPacked} from './arrays.js';
import {holdsBeyondLatin1, narrowed} from './narrow.js';

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

function isSpace(ch: string, L: LanguageResources): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' || L.extraSpaces.includes(ch);
}

/** The word (letters and inner periods) that ends right before index `dot`. */
function wordBefore(text: string, dot: number, L: LanguageResources): string {
  let s = dot;
  while (s > 0 && !isSpace(text[s - 1], L) && !L.openers.includes(text[s - 1]) && dot - s < 12) s--;
  return text.slice(s, dot);
}

function nextWord(text: string, k: number): string {
  let e = k;
  while (e < text.length && /[\p{L}\p{N}]/u.test(text[e]) && e - k < 20) e++;
  return text.slice(k, e);
}

// (Module constants: a pattern literal in the loop would be a new RegExp object at every full stop.)
// One capital letter ("F." of "John F. Kennedy"); letters joined by periods ("J.K", "U.S"); a number of one or two digits.
const oneCapital = /^\p{Lu}$/u;
const initials = /^(\p{L}\.)+\p{L}$/u;
const dayNumber = /^\d{1,2}$/;

/**
 * Split one block's plain text into sentences.
 *
 * @param text
 *   Plain text of a prose block.
 * @param L
 *   The draft's language (English when omitted).
 * @returns
 *   `[from, to)` ranges, trimmed of surrounding whitespace.
 */
export function splitSentences(text: string, L: LanguageResources = en): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    // (By code unit: most characters are no stop, and reading each as a string would allocate one for every
    // character outside Latin-1.)
    const code = text.charCodeAt(i);
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f && code !== 0x2026) continue;
    const ch = text[i];
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    while (j < n && L.closers.includes(text[j])) j++;
    if (j >= n) break;
    if (!isSpace(text[j], L)) continue;
    let k = j;
    while (k < n && isSpace(text[k], L)) k++;
    if (k >= n) break;
    const next = text[k];
    if (!(isUpper(next) || isDigit(next) || L.openers.includes(next))) continue;
    if (ch === '.' && j === i + 1) {
      // "D-St. Paul": the abbreviation is the last part of a hyphenated word.
      const word = wordBefore(text, i, L).split('-').pop()!;
      const lower = word.toLowerCase();
      // Initials ("John F. Kennedy", "J.K.") never end a sentence here.
      if (oneCapital.test(word) || initials.test(word) && !L.maybeFinal.has(lower)) {
        i = j - 1;
        continue;
      }
      // "am 1. August", "der 19. Deutsche Bundestag": a German ordinal, unless a sentence plainly starts after it.
      if (L.numbers.ordinalDot && dayNumber.test(word) && !L.sentenceOpeners.has(nextWord(text, k))) {
        i = j - 1;
        continue;
      }
      if (L.neverFinal.has(lower)) {
        i = j - 1;
        continue;
      }
      if (L.maybeFinal.has(lower) && !L.sentenceOpeners.has(nextWord(text, k))) {
        i = j - 1;
        continue;
      }
    }
    out.push([start, j]);
    start = k;
    i = k - 1;
  }
  if (start < n) out.push([start, n]);
  return mapPacked(out, ([from, to]): [number, number] => {
    while (from < to && isSpace(text[from], L)) from++;
    while (to > from && isSpace(text[to - 1], L)) to--;
    return [from, to];
  }).filter(([from, to]) => to > from);
}

/**
 * A sentence's text, `block.slice(from, to)`: in a block stored two bytes a character (`wide`), stored one byte when
 * the sentence's own characters allow (see `narrowed`): "„Wir klagen“, sagte sie." leaves the next sentence of the
 * paragraph one-byte.
 */
function sentenceText(block: string, from: number, to: number, wide: boolean): string {
  const text = block.slice(from, to);
  return wide ? narrowed(text) : text;
}

/**
 * Sentences of every block, in document order.
 *
 * @param blocks
 *   Prose blocks from `collectProse`.
 * @param L
 *   The draft's language (English when omitted).
 * @param memo
 *   The editor's memo: a block whose text was split before is not split again.
 */
export function collectSentences(blocks: readonly ProseBlock[], L: LanguageResources = en, memo?: AnalysisMemo): Sentence[] {
  const sentences: Sentence[] = [];
  if (!memo) {
    for (let index = 0; index < blocks.length; index++) {
      const text = blocks[index].text;
      const wide = holdsBeyondLatin1(text);
      for (const [from, to] of splitSentences(text, L)) sentences.push({text: sentenceText(text, from, to, wide), block: index, from, to});
    }
    return sentences;
  }
  // The memo keeps each block's sentences, texts included: an unchanged block gives the same strings as last time,
  // whose hashes the per-sentence tables (analysis.ts) then look up without reading them again.
  const split = memo.table<Array<{text: string; from: number; to: number}>>('sentences');
  for (let index = 0; index < blocks.length; index++) {
    const text = blocks[index].text;
    let list = split.get(text);
    if (list === undefined) {
      const wide = holdsBeyondLatin1(text);
      split.set(text, list = mapPacked(splitSentences(text, L), ([from, to]) => ({text: sentenceText(text, from, to, wide), from, to})));
    }
    for (const {text: sentence, from, to} of list) sentences.push({text: sentence, block: index, from, to});
  }
  return sentences;
}
