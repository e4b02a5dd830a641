// The index of words after a full name (analysis.ts, FullNameIndex), which `surnameBefore` asks for each quotation
// that follows a sentence opening on a capitalised word: the same answers as the scan it replaced, over whole drafts
// (tests, not timings; bench/pathological.ts times thousands of such quotations).
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {FullNameIndex} from '../../src/core/analysis.js';
import {lint} from '../../src/core/index.js';

/**
 * The scan `surnameBefore` made before the index (session 30): whether `word` stands in block `bi` before offset `from`,
 * or in an earlier block, right after a capitalised word and one white-space character, and before no letter.
 */
function scanned(blocks: ReadonlyArray<{text: string}>, word: string, bi: number, from: number): boolean {
  for (let k = 0; k <= bi; k++) {
    const text = blocks[k].text;
    for (let at = text.indexOf(word); at >= 0 && (k < bi || at < from); at = text.indexOf(word, at + 1)) {
      if (/\p{Lu}[\p{L}'’-]+\s$/u.test(text.slice(Math.max(0, at - 30), at)) && !/[\p{L}]/u.test(text[at + word.length] ?? '')) return true;
    }
  }
  return false;
}

/** What `surnameBefore` now answers from the index. */
function indexed(index: FullNameIndex, word: string, bi: number, from: number): boolean {
  const first = index.first(word);
  return first !== undefined && (first.block < bi || first.block === bi && first.at < from);
}

describe('FullNameIndex', () => {
  const blocks = [
    {text: 'Die frühere Ministerin Anna Keller sprach in Köln. Keller lachte.'},
    {text: 'Der Streik ging weiter. Brandtner lachte nur. Herr Brandtners Plan, Jean-Paul O’Brien et MacKeller.'},
    {text: 'Marc\u00a0Vuillermoz dirige le club. d’Estaing, Valéry Giscard d’Estaing, Anna Keller2 et Anna Keller𝐀 aussi.'},
    {text: 'Lise Meitner\tMeitner. Otto Hahn-Meitner. Keller Keller Keller. Jean-Paul\nO’Brien sprach. Anna Kellerin.'},
  ];
  // Every capitalised word of the blocks, and the word cut or run on: prefixes, suffixes, an apostrophe or a hyphen inside.
  const words = new Set<string>(['Keller', 'Kell', 'Brandtner', 'Brandtners', 'O’Brien', 'O', 'Meitner', 'Hahn-Meitner', 'Estaing', 'd’Estaing', 'Vuillermoz', 'Keller2', 'Kellerin', 'Paul', 'Anna']);
  for (const b of blocks) for (const m of b.text.matchAll(/\p{Lu}[\p{L}\p{N}'’-]*/gu)) words.add(m[0]);
  it('answers as the scan did, for every word, block and offset', () => {
    const index = new FullNameIndex(blocks);
    for (const word of words) {
      for (let bi = 0; bi < blocks.length; bi++) {
        for (let from = 0; from <= blocks[bi].text.length; from++) {
          assert.equal(indexed(index, word, bi, from), scanned(blocks, word, bi, from), `${word} in block ${bi} before ${from}`);
        }
      }
    }
  });
  it('answers as the scan did on generated drafts of names, words and spaces', () => {
    const parts = ['Anna', 'Keller', 'keller', 'Keller’s', 'Kellerin', ' ', '  ', '\n', ', ', '. ', 'O’Brien', 'Jean-Paul', 'x', '𝐀', '2', 'É', 'Élise'];
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 15; round++) {
      const draft = Array.from({length: 4}, () => ({text: Array.from({length: 30}, () => parts[next(parts.length)]).join('')}));
      const index = new FullNameIndex(draft);
      for (const word of ['Keller', 'Keller’s', 'Kellerin', 'O’Brien', 'Jean-Paul', 'Élise', 'Anna', 'Paul']) {
        for (let bi = 0; bi < draft.length; bi++) {
          for (let from = 0; from <= draft[bi].text.length; from += 3) {
            assert.equal(indexed(index, word, bi, from), scanned(draft, word, bi, from), `${word} in ${JSON.stringify(draft)} block ${bi} before ${from}`);
          }
        }
      }
    }
  });
  it('leaves the findings on a long draft of quotations after surnames as they were', () => {
    // Paragraphs of "<surname> lachte nur. „…“" (unattributed-quote's positive kind, positive.de.md): a surname named
    // in full before (Keller) gives the quotation its speaker; one never named in full (Brandtner…) does not.
    const paragraphs = ['Die frühere Ministerin Anna Keller sprach am Abend in Köln vor dem Stadtrat über den Haushalt.'];
    const names = ['Keller', 'Brandtner', 'Brandtnera', 'Keller', 'Kellerin'];
    for (let i = 0; i < 100; i++) paragraphs.push(`Der Streik ging weiter. ${names[i % names.length]} lachte nur. „Wir werden diesen Kampf gewinnen, das verspreche ich.“`);
    const text = paragraphs.join('\n\n');
    const flagged = lint(text).findings.filter((f) => f.ruleId === 'unattributed-quote').map((f) => text.slice(text.lastIndexOf('\n\n', f.start) + 2, f.start));
    assert.equal(flagged.length, 60);
    for (const opening of flagged) assert.match(opening, /^Der Streik ging weiter\. (?:Brandtnera?|Kellerin) lachte nur\. $/);
  });
});
