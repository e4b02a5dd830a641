// Inline directives in the core: where disable-next-line and accept apply, what an acceptance records, when it goes
// stale, and inlineConfig: false; and how accepted findings reach the Sources panel's model.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {createLocator, lint} from '../../src/core/index.js';
import {buildSourcesModel} from '../../src/extension/sources-model.js';
import {isSourcesModel} from '../../src/webview/protocol.js';

/** Findings as `line rule "words"`, and accepted findings as `line rule "words": reason`. */
function outcome(text: string, inlineConfig = true): {findings: string[]; accepted: string[]} {
  const locator = createLocator(text);
  const result = lint(text, {inlineConfig});
  const line = (offset: number) => locator.toPoint(offset).line;
  return {
    findings: result.findings.map((f) => `${line(f.start)} ${f.ruleId} "${f.actual}"`),
    accepted: (result.accepted ?? []).map((f) => `${line(f.start)} ${f.ruleId} "${f.actual}": ${f.accepted.reason}`),
  };
}

describe('disable-next-line', () => {
  it('skips blank lines and lines holding only comments, in a block quote too', () => {
    assert.deepEqual(outcome('<!-- sourced-disable-next-line unsourced-figure -->\n\n<!-- a note -->\n\nIt resulted in 1,140 casualties.\n').findings, []);
    assert.deepEqual(outcome('> <!-- sourced-disable-next-line unattributed-quote -->\n>\n> It resulted in 1,140 casualties.\n').findings, []);
  });
});

describe('sourced-accept', () => {
  const figure = 'It resulted in 1,140 casualties.';

  it('at the end of the line accepts that line\'s finding, with its reason', () => {
    assert.deepEqual(outcome(`${figure} <!-- sourced-accept unsourced-figure "1,140": IDF statement, checked by the night desk -->\n`), {
      findings: [],
      accepted: ['1 unsourced-figure "1,140": IDF statement, checked by the night desk'],
    });
  });

  it('alone on the line before accepts the next prose line (blank lines skipped); curly quotes work', () => {
    assert.deepEqual(outcome(`<!-- sourced-accept unsourced-figure “1,140”: checked -->\n\n${figure}\n`).accepted, ['3 unsourced-figure "1,140": checked']);
  });

  it('accepts only its rule and only the finding whose text holds the words', () => {
    const text = 'Presumably it resulted in 1,140 casualties and 300 injuries. <!-- sourced-accept unsourced-figure "1,140": checked -->\n';
    const {findings, accepted} = outcome(text);
    assert.deepEqual(accepted, ['1 unsourced-figure "1,140": checked']);
    assert.ok(findings.some((f) => f.includes('hedging')), `the hedge stays: ${findings}`);
  });

  it('goes stale when the words change: the finding returns and the directive is reported', () => {
    const {findings, accepted} = outcome(`It resulted in 1,240 casualties. <!-- sourced-accept unsourced-figure "1,140": checked -->\n`);
    assert.deepEqual(accepted, []);
    assert.deepEqual(findings, ['1 unsourced-figure "1,240"', '1 sourced-directive "sourced-accept unsourced-figure "1,140": checked"']);
  });

  it('inlineConfig: false ignores it, and reports no directive', () => {
    assert.deepEqual(outcome(`${figure} <!-- sourced-accept unsourced-figure "1,140": checked -->\n`, false), {findings: ['1 unsourced-figure "1,140"'], accepted: []});
  });

  it('reaches the Sources panel as an "Accepted" row with its reason, and the model passes the protocol guard', () => {
    const text = `${figure} <!-- sourced-accept unsourced-figure "1,140": IDF statement -->\n`;
    const model = buildSourcesModel({fileName: 'a.md', text, result: lint(text)});
    assert.deepEqual(model.accepted?.map((row) => [row.text, row.ruleId, row.reason, row.line]), [['1,140', 'unsourced-figure', 'IDF statement', 1]]);
    assert.deepEqual(model.groups, [], 'not listed as a finding to check');
    assert.equal(isSourcesModel(model), true);
    assert.equal(isSourcesModel({...model, accepted: [{...model.accepted![0], reason: 3}]}), false);
  });
});
