// boundary.ts: a `\b` written as one look-around where the pattern fixes the other side must match exactly what the
// four-look-around Unicode boundary matches. Compared on random patterns of the syntax the language files use, on
// random texts of letters (accented, Cyrillic, astral), digits, spaces and punctuation, and on patterns from them.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {unicodeWords, unicodeWordsReference} from '../../src/core/languages/boundary.js';
// (mulberry32, so a failure names a seed that reproduces it.)
import {prng as random} from '../../bench/generate.js';

const atoms = ['a', 'b', 'é', 'ß', 'Ж', '1', ' ', ',', '-', '\\.', '\\s', '\\d', '\\p{L}', '\\p{Lu}', '\\p{N}', '\\w', '\\u00e9',
  '[a-z]', '[\\p{L}-]', '[\\p{L}\\p{N}]', '[^,]', '[,;:]', '[\\p{L}\\p{N}\'’.-]', '[À-ÿ]', '[a\\-z]', '.', '^', '$', '\\b', '\\b', '\\b', '\\B'];
const quantifiers = ['', '', '', '?', '*', '+', '{0,2}', '{1,3}', '{2}', '+?', '{0,3}?'];

/** A random pattern of at most `depth` nested groups. */
function pattern(next: () => number, depth: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const sequence = (): string => {
    let out = '';
    const length = 1 + Math.floor(next() * 5);
    for (let i = 0; i < length; i++) {
      if (depth > 0 && next() < 0.25) {
        const opening = pick(['(?:', '(?:', '(', '(?<n' + i + '>', '(?=', '(?!', '(?<=', '(?<!']);
        const inner = pattern(next, depth - 1);
        out += `${opening}${inner})`;
        if (!opening.startsWith('(?=') && !opening.startsWith('(?!') && !opening.startsWith('(?<=') && !opening.startsWith('(?<!')) out += pick(quantifiers);
        continue;
      }
      const atom = pick(atoms);
      out += atom;
      if (!['^', '$', '\\b', '\\B'].includes(atom)) out += pick(quantifiers);
    }
    return out;
  };
  const alternatives = next() < 0.3 ? 2 + Math.floor(next() * 2) : 1;
  return Array.from({length: alternatives}, sequence).join('|');
}

const alphabet = ['a', 'b', 'é', 'ß', 'Ж', '1', '9', ' ', ' ', ',', '.', '-', '😀', '𝐀', 'Z', '’'];

function text(next: () => number): string {
  const length = Math.floor(next() * 12);
  return Array.from({length}, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
}

const matches = (re: RegExp, subject: string): string[] => [...subject.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe('unicodeWords', () => {
  it('matches what the four-look-around boundary matches, on random patterns and texts', () => {
    let compared = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed);
      const source = pattern(next, 2);
      for (const flags of ['gu', 'giu']) {
        let reference: RegExp;
        try {
          reference = unicodeWordsReference(source, flags);
        } catch {
          continue; // Not a valid pattern (a quantified look-behind, say): nothing to compare.
        }
        const fast = unicodeWords(source, flags);
        for (let i = 0; i < 25; i++) {
          const subject = text(next);
          assert.deepEqual(matches(fast, subject), matches(reference, subject), `seed ${seed}: /${source}/${flags} on ${JSON.stringify(subject)}`);
          compared++;
        }
      }
    }
    assert.ok(compared > 12_000, `only ${compared} comparisons`);
  });

  it('writes one look-around where the pattern fixes a side, and the full boundary elsewhere', () => {
    const cases: Array<[string, string]> = [
      [String.raw`\bvon\b`, String.raw`(?<![\p{L}\p{N}])von(?![\p{L}\p{N}])`],
      [String.raw`\b(?:sagte|erklärte)\b`, String.raw`(?<![\p{L}\p{N}])(?:sagte|erklärte)(?![\p{L}\p{N}])`],
      [String.raw`\p{L}*[Rr]ekord\b`, String.raw`\p{L}*[Rr]ekord(?![\p{L}\p{N}])`],
      [String.raw`\b\p{L}*[Rr]ekord`, String.raw`(?<![\p{L}\p{N}])\p{L}*[Rr]ekord`],
      [String.raw`, \b`, String.raw`, (?=[\p{L}\p{N}])`],
      [String.raw`\b(?:a|,)`, String.raw`(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:a|,)`],
      [String.raw`[\b]x`, String.raw`[\b]x`],
      [String.raw`\\b`, String.raw`\\b`],
    ];
    for (const [source, expected] of cases) assert.equal(unicodeWords(source, 'giu').source, new RegExp(expected, 'giu').source, source);
  });

  it('refuses flags it cannot keep to', () => {
    assert.throws(() => unicodeWords(String.raw`\bx`, 'gi'), SyntaxError);
    assert.throws(() => unicodeWords(String.raw`\bx`, 'gv'), SyntaxError);
    assert.throws(() => unicodeWords(String.raw`(\bx`, 'gu'), SyntaxError);
  });
});
