// Texts read off a run of tokens (src/core/token-text.ts): the same as slicing, mapping and joining the tokens.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {tokenize} from '../../src/core/analysis.js';
import {en} from '../../src/core/languages/en.js';
import {lowerText, wordLowers} from '../../src/core/token-text.js';

const tokens = tokenize(en, 'The BBC said, on Tuesday, that 1,200 People “left”.', 0);

describe('lowerText', () => {
  it('joins the lower-cased forms of tokens.slice(from, to), indices read as slice reads them', () => {
    const bounds = [undefined, -20, -3, -1, 0, 1, 2, 5, tokens.length - 1, tokens.length, tokens.length + 4];
    for (const from of bounds) {
      for (const to of bounds) {
        const expected = tokens.slice(from, to).map((t) => t.lower).join(' ');
        assert.equal(from === undefined ? lowerText(tokens, undefined, to) : lowerText(tokens, from, to), expected, `${from}, ${to}`);
      }
    }
    assert.equal(lowerText(tokens), tokens.map((t) => t.lower).join(' '));
    assert.equal(lowerText([]), '');
  });
});

describe('wordLowers', () => {
  it('lists the lower-cased forms of the words alone', () => {
    assert.deepEqual(wordLowers(tokens), tokens.filter((t) => t.word).map((t) => t.lower));
    assert.deepEqual(wordLowers([]), []);
  });
});
