// The example draft from the newsroom: the findings issue #2 names, and the claims it must leave alone.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {it} from 'node:test';
import {lint} from '../../src/core/index.js';

const text = readFileSync(path.join(import.meta.dirname, '../fixtures/seed-article.md'), 'utf8');
const result = lint(text);
const has = (ruleId: string, words: string): boolean => result.findings.some((f) => f.ruleId === ruleId && f.actual === words);
const touches = (words: string): string[] => {
  const at = text.indexOf(words);
  assert.ok(at >= 0, words);
  return result.findings.filter((f) => f.start < at + words.length && at < f.end).map((f) => f.ruleId);
};

it('flags the unsourced casualty figure', () => assert.ok(has('unsourced-figure', '1,140')));
it('flags "based on reports" as vague', () => assert.ok(has('vague-attribution', 'based on reports')));
it('flags the unsupported superlative', () => assert.ok(has('missing-attribution', 'deadliest in history')));
it('flags the agentless "were raised"', () => assert.ok(has('missing-attribution', 'were raised')));
it('leaves the sourced toll, the date and the Hamas claim alone', () => {
  assert.deepEqual(touches('20,000'), []);
  assert.deepEqual(touches('October 7'), []);
  assert.deepEqual(touches('Hamas claimed that the majority'), []);
});
it('lists the sources the draft names', () => {
  const names = result.sources.filter((s) => s.quality === 'named').map((s) => s.name);
  for (const name of ['Hamas government in Gaza', 'Hamas', 'John Kirby']) {
    assert.ok(names.includes(name), `${name} in ${names.join(' | ')}`);
  }
  const gaza = result.sources.find((s) => s.name === 'Hamas government in Gaza');
  assert.deepEqual(gaza?.cues, ['reported']);
  assert.ok(gaza?.claims[0].text.includes('death toll of 20,000'));
});
it('offers to attribute 1,140 to a source the draft names, after the placeholder, with none preferred', () => {
  const finding = result.findings.find((f) => f.ruleId === 'unsourced-figure' && f.actual === '1,140')!;
  const titles = finding.fixes.map((f) => f.title);
  // The placeholder first (Ctrl+. then Enter never picks a guessed source), then sources ranked by evidence.
  assert.equal(titles[0], 'Add attribution…');
  assert.ok(titles.length >= 2 && titles.length <= 4, titles.join(', '));
  assert.ok(titles.slice(1).every((t) => t.startsWith('Attribute to ')));
  assert.ok(finding.fixes.every((f) => f.isPreferred !== true && f.kind === 'suggestion'));
  const edit = finding.fixes[0].edits[0];
  assert.equal(text.slice(edit.start - 'civilians'.length, edit.start), 'civilians');
  assert.equal(edit.text, ', according to ⟨source⟩');
});
