// Rule fixtures: test/fixtures/rules/<rule-id>/positive.md must yield exactly its markers for that rule
// (rule id, exact words, line); negative.md must yield nothing for that rule.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {createLocator, lint, ruleIds} from '../../src/core/index.js';
import {readMarkers} from '../helpers/markers.js';

const root = path.join(import.meta.dirname, '../fixtures/rules');

describe('rule fixtures', () => {
  it('has a positive and a negative fixture for every rule', () => {
    assert.deepEqual(readdirSync(root).sort(), [...ruleIds].sort());
    for (const id of ruleIds) assert.deepEqual(readdirSync(path.join(root, id)).sort(), ['negative.md', 'positive.md']);
  });

  for (const id of ruleIds) {
    describe(id, () => {
      it('flags every marked claim, with the exact words, and nothing else', () => {
        const text = readFileSync(path.join(root, id, 'positive.md'), 'utf8');
        const expected = readMarkers(text).filter((e) => e.ruleId === id);
        assert.ok(expected.length >= 2, 'a positive fixture needs at least two cases');
        const locator = createLocator(text);
        const actual = lint(text).findings
          .filter((f) => f.ruleId === id)
          .map((f) => ({ruleId: f.ruleId, words: f.actual, line: locator.toPoint(f.start).line}));
        assert.deepEqual(actual, expected);
      });

      it('stays quiet on the negative fixture', () => {
        const text = readFileSync(path.join(root, id, 'negative.md'), 'utf8');
        const locator = createLocator(text);
        const found = lint(text).findings.filter((f) => f.ruleId === id).map((f) => `${locator.toPoint(f.start).line}: ${f.actual}`);
        assert.deepEqual(found, []);
      });
    });
  }
});
