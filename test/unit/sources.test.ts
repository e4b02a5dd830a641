// Sources are sources: people, bodies, documents and outlets, never a thing a cue verb picked up; second references
// grouped under the full name; people described but not named are anonymous; block-quote speakers are sources.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {attributionRecords, lint} from '../../src/core/index.js';

const flood = readFileSync(path.join(import.meta.dirname, '../fixtures/stories/flood.md'), 'utf8');

describe('sources are people, bodies, documents or outlets', () => {
  it('"said a gate had been left open": the gate is what was said, not a source, and no fix offers it', () => {
    const text = 'The mayor, Ann Lee, said a gate had been left open. Marsh said a gate had been left open.\n\nInsurers received 6,000 claims about the gate.';
    const result = lint(text);
    assert.deepEqual(result.sources.map((s) => s.name), ['The mayor, Ann Lee', 'Marsh']);
    const titles = result.findings.flatMap((f) => f.fixes.map((x) => x.title));
    assert.ok(!titles.some((t) => /a gate/i.test(t)), titles.join(', '));
  });
  it('an inverted speaker is still read after a quote or a preposition ("…," said Bolden to the crowd)', () => {
    const text = '"We want to thank all of the locations," said Bolden to the gathered crowd.';
    const names = lint(text).sources.map((s) => s.name);
    assert.equal(names.length, 1);
    assert.match(names[0], /^Bolden\b/);
  });
  it('in the flood story, no source is a thing ("the rescue", "the system", "the village", "a gate")', () => {
    const names = lint(flood).sources.map((s) => s.name.toLowerCase());
    for (const thing of ['the rescue', 'the system', 'the village', 'a gate', 'we']) assert.ok(!names.includes(thing), `${thing} in ${names.join(' | ')}`);
  });
});

describe('second references resolve to the full name already introduced', () => {
  it('"Marsh", "Ms Marsh" and "she" group under "Council leader Denise Marsh"', () => {
    const text = 'Council leader Denise Marsh said 412 homes had been flooded. Marsh said a gate had been left open.\n\n' +
      'Ms Marsh later told councillors the clean-up would take months. "This is the worst flood in a generation," she said.';
    const result = lint(text);
    assert.deepEqual(result.sources.map((s) => [s.name, s.attributions.length]), [['Council leader Denise Marsh', 4]]);
  });
  it('a title with the name in apposition is the person ("The club\'s captain, Priya Shah" = "Shah")', () => {
    const result = lint('The club\'s captain, Priya Shah, described the rescue. Shah said the boats had been lent by a firm in York.');
    assert.deepEqual(result.sources.map((s) => s.name), ['The club\'s captain, Priya Shah']);
  });
  it('"the agency" is the agency named before; a surname of a body is not a person\'s', () => {
    const result = lint('The Environment Agency said river levels were falling. According to the agency, 14 flood warnings remained in force.');
    assert.deepEqual(result.sources.map((s) => [s.name, s.attributions.length]), [['The Environment Agency', 2]]);
    const two = lint('Ashby Town Council said schools would reopen. Council said nothing more.');
    assert.equal(two.sources[0].name, 'Ashby Town Council');
  });
  it('the flood story lists Marsh, Okafor, Shah, Corder, Baxter and Lyle once each', () => {
    const names = lint(flood).sources.map((s) => s.name);
    for (const surname of ['Marsh', 'Okafor', 'Shah', 'Corder', 'Baxter', 'Lyle']) {
      assert.equal(names.filter((n) => n.endsWith(surname)).length, 1, `${surname}: ${names.join(' | ')}`);
    }
  });
});

describe('people described but not named are anonymous sources', () => {
  it('"a man outside the rest centre" is anonymous, with the anonymous-source message', () => {
    const text = '"We lost everything downstairs," said a man outside the rest centre.';
    const result = lint(text);
    assert.deepEqual(result.sources.map((s) => [s.name, s.quality]), [['a man outside the rest centre', 'anonymous']]);
    assert.deepEqual(result.findings.map((f) => [f.ruleId, f.message]), [
      ['anonymous-source', 'Unnamed source "a man outside the rest centre": say why they cannot be named'],
    ]);
  });
  it('"…," said one woman, who would not give her name: an anonymous speaker, not an unattributed quote', () => {
    const text = '"Nobody knocked on our door," said one woman, who would not give her name. "We found out from Facebook."';
    const result = lint(text);
    assert.deepEqual(result.findings.map((f) => [f.ruleId, f.actual]), [['anonymous-source', 'one woman, who would not give her name']]);
    assert.deepEqual(result.sources.map((s) => s.quality), ['anonymous']);
  });
  it('a cry is not a claim: "shouted a woman outside the court" is not flagged', () => {
    assert.deepEqual(lint('"Justice at last," shouted a woman outside the court as the verdict was read.').findings, []);
  });
});

describe('block-quote speakers are sources', () => {
  it('the source that introduces a block quote supports its words and figures', () => {
    const text = 'The club\'s captain, Priya Shah, described the rescue.\n\n> We went street by street. By midnight we had 23 people out.\n';
    const result = lint(text);
    const [shah] = result.sources;
    assert.equal(shah.name, 'The club\'s captain, Priya Shah');
    const figure = result.figures.find((f) => f.text === '23')!;
    assert.equal(result.attributions[figure.attribution!].name, 'The club\'s captain, Priya Shah');
    const [record] = attributionRecords(result);
    assert.ok(record.content.some((r) => text.slice(r.start, r.end).startsWith('We went street by street.')), JSON.stringify(record.content));
    assert.deepEqual(result.findings, []);
  });
});
