// The "Check Attribution" summary line and the status bar's count of findings to check.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {countToCheck, summarize} from '../../src/extension/summary.js';

const findings = (...ruleIds: string[]) => ruleIds.map((ruleId) => ({ruleId}));
const sources = (n: number) => Array.from({length: n}, () => ({}));

test('counts findings per rule in a fixed order, then sources', () => {
  const result = {
    findings: findings('vague-attribution', 'unsourced-figure', 'unsourced-figure', 'unsourced-figure'),
    sources: sources(12),
  };
  assert.equal(summarize(result as never), '3 unsourced figures, 1 vague attribution, 12 sources');
});

test('singular forms, hedges, and a clean draft', () => {
  assert.equal(summarize({findings: findings('hedging', 'unsourced-figure'), sources: sources(1)} as never), '1 unsourced figure, 1 hedge, 1 source');
  assert.equal(summarize({findings: [], sources: sources(0)} as never), 'No attribution problems, 0 sources');
});

test('a rule this module does not know is still counted, by id', () => {
  assert.equal(summarize({findings: findings('internal-error'), sources: sources(2)} as never), '1 internal-error, 2 sources');
});

test('the count to check is every finding, as Problems lists them (hedges and anonymous sources too)', () => {
  assert.equal(countToCheck(findings('hedging', 'unsourced-figure', 'missing-attribution', 'anonymous-source', 'hedging')), 5);
});
