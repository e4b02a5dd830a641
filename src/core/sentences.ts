// Sentence splitting tuned for news copy: abbreviations, initials, decimals and quotes closing after the stop.
import type {ProseBlock, Sentence} from './types.js';

// Titles, months and the like that end in a period but rarely end a sentence (AP style abbreviations).
const neverFinal = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'cpl',
  'pvt', 'st', 'ft', 'mt', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'no', 'nos', 'vs', 'v', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs',
  'fri', 'sat', 'sun', 'e.g', 'i.e', 'cf', 'approx', 'est', 'fig', 'vol', 'ch', 'art', 'sec', 'para', 'ave', 'blvd',
  'rd', 'mass', 'calif', 'conn', 'fla', 'ill', 'md', 'mich', 'minn', 'pa', 'tenn', 'tex', 'va', 'wash', 'wis', 'ariz',
  'colo', 'okla', 'ore',
]);

// Abbreviations that may end a sentence; they end one only when a typical sentence opener follows.
const maybeFinal = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'inc', 'co', 'corp', 'ltd', 'jr', 'sr', 'a.m', 'p.m', 'etc', 'al']);
const openers = new Set([
  'The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'I', 'But', 'And', 'In', 'On', 'At', 'This', 'That', 'There',
  'Its', 'His', 'Her', 'Their', 'Our', 'After', 'As', 'When', 'While', 'Police', 'Officials', 'However', 'Meanwhile',
]);

const closers = '"\'”’)]*_»';
const openersPunct = '"\'“‘([*_«';

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0';
}

/** The word (letters and inner periods) that ends right before index `dot`. */
function wordBefore(text: string, dot: number): string {
  let s = dot;
  while (s > 0 && !isSpace(text[s - 1]) && !openersPunct.includes(text[s - 1]) && dot - s < 12) s--;
  return text.slice(s, dot);
}

function nextWord(text: string, k: number): string {
  let e = k;
  while (e < text.length && /[\p{L}\p{N}]/u.test(text[e]) && e - k < 20) e++;
  return text.slice(k, e);
}

/**
 * Split one block's plain text into sentences.
 *
 * @param text
 *   Plain text of a prose block.
 * @returns
 *   `[from, to)` ranges, trimmed of surrounding whitespace.
 */
export function splitSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    while (j < n && closers.includes(text[j])) j++;
    if (j >= n) break;
    if (!isSpace(text[j])) continue;
    let k = j;
    while (k < n && isSpace(text[k])) k++;
    if (k >= n) break;
    const next = text[k];
    if (!(isUpper(next) || isDigit(next) || openersPunct.includes(next))) continue;
    if (ch === '.' && j === i + 1) {
      // "D-St. Paul": the abbreviation is the last part of a hyphenated word.
      const word = wordBefore(text, i).split('-').pop()!;
      const lower = word.toLowerCase();
      // Initials ("John F. Kennedy", "J.K.") never end a sentence here.
      if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word) && !maybeFinal.has(lower)) {
        i = j - 1;
        continue;
      }
      if (neverFinal.has(lower)) {
        i = j - 1;
        continue;
      }
      if (maybeFinal.has(lower) && !openers.has(nextWord(text, k))) {
        i = j - 1;
        continue;
      }
    }
    out.push([start, j]);
    start = k;
    i = k - 1;
  }
  if (start < n) out.push([start, n]);
  return out
    .map(([from, to]): [number, number] => {
      while (from < to && isSpace(text[from])) from++;
      while (to > from && isSpace(text[to - 1])) to--;
      return [from, to];
    })
    .filter(([from, to]) => to > from);
}

/**
 * Sentences of every block, in document order.
 *
 * @param blocks
 *   Prose blocks from `collectProse`.
 */
export function collectSentences(blocks: readonly ProseBlock[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, index) => {
    for (const [from, to] of splitSentences(block.text)) {
      sentences.push({text: block.text.slice(from, to), block: index, from, to});
    }
  });
  return sentences;
}
