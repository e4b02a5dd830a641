// The accuracy corpus (test/corpus) is well-formed: enough items, enough negatives, every label locatable.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {corpusDir, countDraftParagraphs, loadCorpus, stripMarkers} from '../../bench/corpus.js';

const corpus = loadCorpus(corpusDir(path.resolve(__dirname, '../..')));

test('every corpus file (held-out set included) parses and every label names a known rule and occurs in its text', () => {
  assert.deepEqual(corpus.errors, []);
});

test('the corpus has at least 300 sentences and 10 multi-paragraph drafts', () => {
  assert.ok(corpus.sentences.length >= 300, `only ${corpus.sentences.length} sentences`);
  assert.ok(corpus.drafts.length >= 10, `only ${corpus.drafts.length} drafts`);
  for (const draft of corpus.drafts) {
    assert.ok(countDraftParagraphs(stripMarkers(draft.text)) >= 5, `${draft.id} has fewer than 5 paragraphs`);
  }
});

test('at least half of the sentences are negatives (expect no finding)', () => {
  const negatives = corpus.sentences.filter((doc) => doc.expect.length === 0).length;
  assert.ok(negatives * 2 >= corpus.sentences.length, `${negatives} negatives of ${corpus.sentences.length}`);
});

test('every rule has positives in both the sentences and the drafts', () => {
  for (const kind of ['sentences', 'drafts'] as const) {
    const rules = new Set(corpus[kind].flatMap((doc) => doc.expect.map((label) => label.rule)));
    for (const rule of ['unsourced-figure', 'hedging', 'vague-attribution', 'missing-attribution', 'unattributed-quote', 'anonymous-source']) {
      assert.ok(rules.has(rule), `no ${rule} positive in ${kind}`);
    }
  }
});

test('labels point at the labelled words, and expect and allow never overlap for the same rule', () => {
  for (const doc of [...corpus.sentences, ...corpus.drafts]) {
    for (const label of [...doc.expect, ...doc.allow]) {
      assert.equal(doc.text.slice(label.start, label.end), label.words, doc.id);
    }
    for (const allowed of doc.allow) {
      const clash = doc.expect.find((l) => l.rule === allowed.rule && l.start < allowed.end && allowed.start < l.end);
      assert.equal(clash, undefined, `${doc.id}: '${allowed.words}' is both expected and allowed`);
    }
  }
});

test('stripMarkers removes expectation markers and nothing else', () => {
  assert.equal(stripMarkers('A 40% rise. <!-- expect: unsourced-figure "40%" -->\nNext.'), 'A 40% rise.\nNext.');
  assert.equal(stripMarkers('Kept <!-- sourced-disable-next-line --> here'), 'Kept <!-- sourced-disable-next-line --> here');
});
