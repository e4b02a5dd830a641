// The figure hover's text: who a sourced figure is attributed to; what an unsourced one counts and its risk.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {lint} from '../../src/core/index.js';
import type {Attribution, Figure, Finding, LintResult} from '../../src/core/types.js';
import {figureAt, figureHover, figureHoverLines} from '../../src/extension/figure-hover.js';

function attribution(name: string, cue: string, extra: Partial<Attribution> = {}): Attribution {
  return {
    name,
    start: 0,
    end: name.length,
    source: {start: 0, end: name.length, text: name},
    cue: {start: 0, end: 0, text: cue},
    content: [],
    kind: 'report',
    cueKind: 'reported',
    quality: 'named',
    sentenceStart: 0,
    sentenceEnd: 0,
    ...extra,
  };
}

function figure(text: string, start: number, extra: Partial<Figure> = {}): Figure {
  return {text, start, end: start + text.length, form: 'count', kind: 'harm', risk: 'high', ...extra};
}

const flagged = (f: Figure): Finding => ({
  ruleId: 'unsourced-figure',
  severity: 'warning',
  message: `Figure "${f.text}" has no source`,
  actual: f.text,
  fixes: [],
  start: f.start,
  end: f.end,
});

describe('figureHoverLines', () => {
  it('says who a sourced figure is attributed to, with the cue, then what it counts and its risk', () => {
    const result = {attributions: [attribution('the Hamas government in Gaza', 'reported')], findings: []};
    assert.deepEqual(figureHoverLines(result, figure('20,000', 10, {attribution: 0})), [
      'Attributed to the Hamas government in Gaza (reported)',
      'Figure "20,000": harm, high risk',
    ]);
  });

  it('names the source a pronoun stands for, not the pronoun', () => {
    const he = attribution('Antony Blinken', 'emphasized', {source: {start: 0, end: 2, text: 'He'}, cueKind: 'continuation'});
    assert.equal(figureHoverLines({attributions: [he], findings: []}, figure('3', 5, {attribution: 0}))[0], 'Attributed to Antony Blinken (emphasized)');
  });

  it('says when the source is vague or anonymous', () => {
    const attributions = [
      attribution('reports', 'based on', {quality: 'vague'}),
      attribution('a senior official', 'said', {quality: 'anonymous'}),
    ];
    assert.equal(
      figureHoverLines({attributions, findings: []}, figure('around 250', 0, {attribution: 0}))[0],
      'Attributed to reports (based on), a vague source: name one readers can check',
    );
    assert.equal(
      figureHoverLines({attributions, findings: []}, figure('40', 0, {attribution: 1}))[0],
      'Attributed to a senior official (said), an anonymous source',
    );
  });

  it('says when the cue names no source ("is expected to")', () => {
    const absent = attribution('', 'is expected to', {source: null, quality: 'absent', kind: 'estimate'});
    assert.equal(
      figureHoverLines({attributions: [absent], findings: []}, figure('$2bn', 0, {attribution: 0, form: 'money', kind: 'money', risk: 'medium'}))
        .join(' / '),
      'Attributed with "is expected to", which names no source / Amount "$2bn": money, medium risk',
    );
  });

  it('gives an unsourced figure its kind and risk', () => {
    const f = figure('1,140', 3);
    assert.deepEqual(figureHoverLines({attributions: [], findings: [flagged(f)]}, f), ['No source', 'Figure "1,140": harm, high risk']);
    const poll = figure('64%', 3, {form: 'percent', kind: 'poll'});
    assert.deepEqual(figureHoverLines({attributions: [], findings: []}, poll), ['No source', 'Percentage "64%": poll, high risk']);
  });

  it('says a figure of risk none, or an unflagged low-risk one, needs no source', () => {
    const none = figure('300', 0, {kind: 'measurement', risk: 'none'});
    assert.deepEqual(figureHoverLines({attributions: [], findings: []}, none), ['No source needed', 'Figure "300": measurement, no risk']);
    const low = figure('12', 0, {kind: 'count', risk: 'low'});
    assert.deepEqual(figureHoverLines({attributions: [], findings: []}, low), ['No source needed', 'Figure "12": count, low risk']);
    // A .sourced.json that flags low-risk figures makes the same figure unsourced.
    assert.deepEqual(figureHoverLines({attributions: [], findings: [flagged(low)]}, low)[0], 'No source');
  });

  it('says a quoted figure with no speaker found is in a quotation', () => {
    const quoted = figure('4,000', 0, {quoted: true});
    assert.equal(figureHoverLines({attributions: [], findings: []}, quoted)[0], 'In a quotation, with no speaker found');
  });

  it('collapses line breaks in names, cues and figures', () => {
    const wrapped = attribution('the health\nministry', 'told\n  reporters');
    assert.deepEqual(figureHoverLines({attributions: [wrapped], findings: []}, figure('1,000\nhomes', 0, {attribution: 0, kind: 'count', risk: 'low'})), [
      'Attributed to the health ministry (told reporters)',
      'Figure "1,000 homes": count, low risk',
    ]);
  });

  it('does not throw on an attribution index the result does not have', () => {
    assert.equal(figureHoverLines({attributions: [], findings: []}, figure('9', 0, {attribution: 4}))[0], 'Attributed');
  });
});

describe('figureAt and figureHover', () => {
  const figures = [figure('20,000', 10), figure('1,140', 40)];

  it('finds the figure under an offset, its end included', () => {
    assert.equal(figureAt(figures, 9), undefined);
    assert.equal(figureAt(figures, 10)?.text, '20,000');
    assert.equal(figureAt(figures, 16)?.text, '20,000');
    assert.equal(figureAt(figures, 17), undefined);
    assert.equal(figureAt(figures, 42)?.text, '1,140');
  });

  it('gives the range and lines of the hovered figure, or nothing off a figure', () => {
    const result = {attributions: [], figures, findings: [flagged(figures[1])]};
    assert.deepEqual(figureHover(result, 41), {start: 40, end: 45, lines: ['No source', 'Figure "1,140": harm, high risk']});
    assert.equal(figureHover(result, 0), undefined);
  });
});

describe('the hover over the core lint of the seed draft', () => {
  const seed = readFileSync('test/fixtures/seed-article.md', 'utf8');
  const result: LintResult = lint(seed);
  const hoverOn = (needle: string) => {
    const offset = seed.indexOf(needle);
    assert.notEqual(offset, -1);
    return figureHover(result, offset + 1)?.lines ?? [];
  };

  it('attributes the 20,000 toll to the Hamas government in Gaza', () => {
    assert.deepEqual(hoverOn('20,000'), ['Attributed to Hamas government in Gaza (reported)', 'Figure "20,000": harm, high risk']);
  });

  it('gives the unsourced 1,140 its kind and risk', () => {
    assert.deepEqual(hoverOn('1,140'), ['No source', 'Figure "1,140": harm, high risk']);
  });

  it('calls "reports" a vague source of the 250', () => {
    assert.match(hoverOn('250')[0] ?? '', /^Attributed to reports \(based on\), a vague source/);
  });
});
