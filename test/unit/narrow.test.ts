// narrowed: the same string back, whatever it holds; and a draft lints the same whether or not a character beyond
// Latin-1 elsewhere in it makes its paragraphs two-byte strings.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {narrowed} from '../../src/core/narrow.js';
import {lint} from '../../src/core/index.js';
import {prng} from '../../bench/generate.js';

describe('narrowed', () => {
  it('returns a string equal to its argument, for Latin-1, wider, astral and lone-surrogate text', () => {
    const random = prng(45);
    const alphabet = ['a', 'é', 'ß', '\u00a0', '"', '\\', '\n', '\u0000', '’', '„', '\u2028', '😀', '\ud800', '\udfff', '«', 'ÿ'];
    for (let n = 0; n < 500; n++) {
      let text = '';
      const length = Math.floor(random() * 40);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      assert.equal(narrowed(text), text);
    }
  });

  it('leaves findings and their offsets unchanged when a paragraph far away holds a typographic apostrophe', () => {
    const body = '---\nlang: fr\n---\n\nSelon des sources, 40 personnes auraient été tuées lundi à Paris.\n\nLe bilan serait de 300 morts.\n';
    const plain = lint(body).findings.map((f) => [f.ruleId, f.start - body.length, f.end - body.length]);
    const withApostrophe = `${body}\nL’enquête continue.\n`;
    const wide = lint(withApostrophe).findings.filter((f) => f.start < body.length).map((f) => [f.ruleId, f.start - body.length, f.end - body.length]);
    assert.ok(plain.length >= 2);
    assert.deepEqual(wide, plain);
  });
});
