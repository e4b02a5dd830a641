// Rule fixtures: test/fixtures/rules/<rule-id>/positive.md must yield exactly its markers for that rule
// (rule id, exact words, line); negative.md must yield nothing for that rule. positive.fr.md / negative.fr.md and
// positive.de.md / negative.de.md do the same in French and German (their front matter sets the language). A line
// `<!-- fixture: new document -->` starts a new document within a file (see `documents`).
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {createLocator, lint, ruleIds} from '../../src/core/index.js';
import {readMarkers} from '../helpers/markers.js';

const root = path.join(import.meta.dirname, '../fixtures/rules');

/** A line that starts a new document inside a fixture file (see `documents`). */
const documentBreak = /^<!--\s*fixture:\s*new document\s*-->\s*$/;

/**
 * The documents of a fixture file: the parts between `<!-- fixture: new document -->` lines, each linted on its own so
 * that a source one part carries forward across its paragraphs cannot cover another part's claims. Each document keeps
 * the file's front matter and its own lines where they stand (every other line left empty), so line numbers are the file's.
 */
function documents(text: string): string[] {
  const lines = text.split('\n');
  const frontMatterEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  const breaks = lines.flatMap((line, i) => documentBreak.test(line) ? [i] : []);
  if (breaks.length === 0) return [text];
  const bounds = [frontMatterEnd, ...breaks, lines.length];
  return bounds.slice(0, -1).map((from, k) => lines.map((line, i) => i <= frontMatterEnd || i > from && i < bounds[k + 1] ? line : '').join('\n'));
}
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
        const actual = documents(text).flatMap((doc) => {
          const locator = createLocator(doc);
          return lint(doc).findings
            .filter((f) => f.ruleId === id)
            .map((f) => ({ruleId: f.ruleId, words: f.actual, line: locator.toPoint(f.start).line}));
        });
        assert.deepEqual(actual, expected);
      });

      it('stays quiet on the negative fixture', () => {
        const text = readFileSync(path.join(root, id, `negative${lang}.md`), 'utf8');
        const found = documents(text).flatMap((doc) => {
          const locator = createLocator(doc);
          return lint(doc).findings.filter((f) => f.ruleId === id).map((f) => `${locator.toPoint(f.start).line}: ${f.actual}`);
        });
        assert.deepEqual(found, []);
      });
    });
  }
});
