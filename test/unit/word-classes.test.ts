// Tokens and their word classes: the sticky tokenizer gives exec's tokens, and each token carries its lower-cased
// form and the classes registered for it, looked up once per distinct text.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {tokenize, type Token} from '../../src/core/analysis.js';
import {de} from '../../src/core/languages/de.js';
import {en} from '../../src/core/languages/en.js';
import {fr} from '../../src/core/languages/fr.js';
import type {LanguageResources} from '../../src/core/languages/types.js';
import {defineWordClass, wordClassifier} from '../../src/core/word-classes.js';

// White space of every kind "\s" knows, a lone surrogate, an emoji, a cased symbol, elisions and grouped digits.
const edgeText = ' \u2028Voici\u00a0l’homme\u1680de 1 000 000,5 euros\ufeffqu’il\u3000a \ud83d\ude00 vu\ud800 ou \udc00 Ⓐ, i.e. 3,500 U.S.-based. \t\v\f' +
  '„Zitat“ — »So?« 12.-14. März, 2,5 %\u0085fin\u180e.';

/** The same language read by exec: an extra branch that never matches leaves the tokens alone but not the `(…)|\S` shape. */
const execOnly = (L: LanguageResources): LanguageResources => ({...L, tokenPattern: new RegExp(`${L.tokenPattern.source}|(?!)`, 'gu')});
const plain = (tokens: readonly Token[]) => tokens.map(({text, lower, from, to, word, cap}) => ({text, lower, from, to, word, cap}));

describe('tokenize', () => {
  it('reads the same tokens as exec does, in every language', () => {
    for (const L of [en, fr(), de()]) {
      assert.deepEqual(plain(tokenize(L, edgeText, 5)), plain(tokenize(execOnly(L), edgeText, 5)), L.code);
    }
  });
  it('gives each token its lower-cased text, word-ness and capital', () => {
    const tokens = tokenize(en, 'The BBC said: “Ⓐ 3,500.”', 10);
    assert.deepEqual(tokens.map((t) => [t.text, t.lower, t.from, t.word, t.cap]), [
      ['The', 'the', 10, true, true], ['BBC', 'bbc', 14, true, true], ['said', 'said', 18, true, false], [':', ':', 22, false, false],
      ['“', '“', 24, false, false], ['Ⓐ', 'ⓐ', 25, true, true], ['3,500', '3,500', 27, true, false], ['.', '.', 32, false, false],
      ['”', '”', 33, false, false],
    ]);
  });
});

describe('word classes', () => {
  it('marks the tokens whose lower-cased word is in a class, and no others', () => {
    const ending = defineWordClass((_L, w) => w.endsWith('ing'));
    const tokens = tokenize(en, 'Rising prices, SINGING birds and a king.', 0);
    assert.deepEqual(tokens.filter((t) => t.classes & ending).map((t) => t.text), ['Rising', 'SINGING', 'king']);
  });
  it('gives each text its lower-cased form and whether it has case', () => {
    const classifier = wordClassifier(en);
    assert.equal(classifier.formOf('words').lower, 'words');
    assert.equal(classifier.formOf('Words').lower, 'words');
    assert.equal(classifier.formOf('WORDS').lower, 'words');
    assert.equal(classifier.formOf('İ').lower, 'i̇');
    assert.equal(classifier.formOf('Words').cased, true);
    assert.equal(classifier.formOf('…').cased, false);
  });
});
