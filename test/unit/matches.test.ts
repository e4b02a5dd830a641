// matches.ts: matchAll and split without the pattern copies V8 compiles again after every full collection. Each
// helper must give what the built-in gives, and leave the pattern's lastIndex as it found it.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {matchesOf, spaceOrCommaRuns, spaceRuns, splitOn} from '../../src/core/matches.js';

const texts = ['', ' ', 'one', '  Two  words, here ', 'a😀b c\u00a0d\te\n', '😀😀', 'x,,y , z', 'é\u2028ß'];

const plain = (m: RegExpMatchArray) => ({index: m.index, groups: [...m]});

describe('matchesOf', () => {
  const patterns = [/[\p{L}\p{N}]+/gu, /\b(\w)(\w*)\b/g, /x*/g, /(?:)/gu, /(?:)/g, /\s*/gu, /[😀]/gu, /b|$/g];
  it('yields what matchAll yields, empty matches and surrogate pairs included', () => {
    for (const re of patterns) {
      for (const text of texts) {
        assert.deepEqual(matchesOf(re, text).map(plain), [...text.matchAll(re)].map(plain), `${re} on ${JSON.stringify(text)}`);
        assert.equal(re.lastIndex, 0);
      }
    }
  });
  it('starts at lastIndex as matchAll does, and leaves it as it was', () => {
    const re = /\w+/g;
    re.lastIndex = 3;
    const expected = [...'ab cd ef'.matchAll(re)].map(plain);
    assert.deepEqual(matchesOf(re, 'ab cd ef').map(plain), expected);
    assert.equal(re.lastIndex, 3);
  });
  it('refuses a pattern without the g flag, as matchAll does', () => {
    assert.throws(() => matchesOf(/a/, 'a'), TypeError);
  });
});

describe('splitOn', () => {
  it('splits as split does at white space and at runs of white space and commas', () => {
    for (const text of texts) {
      assert.deepEqual(splitOn(spaceRuns, text), text.split(/\s+/), JSON.stringify(text));
      assert.deepEqual(splitOn(spaceOrCommaRuns, text), text.split(/[\s,]+/), JSON.stringify(text));
    }
    assert.equal(spaceRuns.lastIndex, 0);
    assert.equal(spaceOrCommaRuns.lastIndex, 0);
  });
});
