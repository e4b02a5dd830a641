// Rule fixtures: test/fixtures/rules/<rule-id>/positive.md must yield exactly its markers for that rule
// (rule id, exact words, line); negative.md must yield nothing for that rule. positive.fr.md / negative.fr.md and
// positive.de.md / negative.de.md do the same in French and German (their front matter sets the language).
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {createLocator, lint, ruleIds} from '../../src/core/index.js';
import {readMarkers} from '../helpers/markers.js';

const root = path.join(import.meta.dirname, '../fixtures/rules');
/** File suffixes of the fixture languages: English, French, German. */
const languages = ['', '.fr', '.de'];

describe('rule fixtures', () => {
  it('has a positive and a negative fixture for every rule', () => {
    assert.deepEqual(readdirSync(root).sort(), [...ruleIds].sort());
    const files = languages.flatMap((lang) => [`negative${lang}.md`, `positive${lang}.md`]).sort();
    for (const id of ruleIds) assert.deepEqual(readdirSync(path.join(root, id)).sort(), files);
  });

  it('holds no merge-conflict markers (a marker line is prose that produces nothing, so it would pass unseen)', () => {
    const marked = ruleIds.flatMap((id) => languages.flatMap((lang) => ['positive', 'negative'].flatMap((kind) => {
      const file = `${id}/${kind}${lang}.md`;
      return readFileSync(path.join(root, file), 'utf8').split('\n').flatMap((line, i) => /^(?:<{7}|={7}|>{7})(?: |$)/.test(line) ? [`${file}:${i + 1}`] : []);
    })));
    assert.deepEqual(marked, []);
  });

  for (const id of ruleIds) for (const lang of languages) {
    describe(`${id}${lang}`, () => {
      it('flags every marked claim, with the exact words, and nothing else', () => {
        const text = readFileSync(path.join(root, id, `positive${lang}.md`), 'utf8');
        const expected = readMarkers(text).filter((e) => e.ruleId === id);
        assert.ok(expected.length >= 2, 'a positive fixture needs at least two cases');
        const locator = createLocator(text);
        const actual = lint(text).findings
          .filter((f) => f.ruleId === id)
          .map((f) => ({ruleId: f.ruleId, words: f.actual, line: locator.toPoint(f.start).line}));
        assert.deepEqual(actual, expected);
      });

      it('stays quiet on the negative fixture', () => {
        const text = readFileSync(path.join(root, id, `negative${lang}.md`), 'utf8');
        const locator = createLocator(text);
        const found = lint(text).findings.filter((f) => f.ruleId === id).map((f) => `${locator.toPoint(f.start).line}: ${f.actual}`);
        assert.deepEqual(found, []);
      });
    });
  }
});
