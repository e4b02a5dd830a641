// The core under any input (issue 5): property-based tests with a fixed seed and bounded runs, plus named hostile drafts.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {applyFixes, lint, resolveConfig, ruleIds} from '../../src/core/index.js';
import {configPhrase, lineEnding, markdownDocument, sentence, unicodeNoise} from '../fuzz/arbitraries.js';
import {nastyInputs} from '../fuzz/nasty.js';
import {assertResultRanges, checkConfigPhrase, checkFix, checkLint, checkLocator, runsFor} from '../fuzz/properties.js';

// Fixed seed and small run counts keep `npm test` fast and reproducible; `npm run fuzz` runs the same properties long.
const seed = 20_240_605;
const runs = runsFor('unit');

describe('lint under arbitrary Markdown and Unicode', () => {
  it('never throws, is deterministic, and every range is inside the draft on a character boundary', () => {
    fc.assert(fc.property(markdownDocument, (text) => void checkLint(text)), {seed, numRuns: runs.lint});
  });

  it('applying any offered fix lints cleanly and leaves findings beyond its reach where they were', () => {
    fc.assert(fc.property(markdownDocument, (text) => {
      const before = checkLint(text);
      for (const finding of before.findings) for (const fix of finding.fixes) checkFix(text, before, fix.edits);
    }), {seed, numRuns: runs.fix});
  });

  it('createLocator round-trips every offset with LF, CRLF and lone CR', () => {
    const text = fc.array(fc.oneof(lineEnding, sentence, unicodeNoise), {maxLength: 30}).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => checkLocator(t)), {seed, numRuns: runs.locator});
  });

  it('config phrases (hedges, vague and trusted sources) are literal text, never patterns', () => {
    fc.assert(fc.property(configPhrase, markdownDocument, fc.boolean(), (phrase, text, literal) => {
      checkConfigPhrase(phrase, text, literal);
    }), {seed, numRuns: runs.config});
  });
});

describe('config phrases with regular-expression metacharacters', () => {
  const withHedge = (phrase: string) => resolveConfig({hedges: [phrase]}, ruleIds);
  const flagged = (text: string, phrase: string) => lint(text, {config: withHedge(phrase)}).findings.filter((f) => f.ruleId === 'hedging').map((f) => f.actual);

  it('"(a+)+$" matches itself and not a run of letters (and does not backtrack)', () => {
    assert.deepEqual(flagged('The (a+)+$ plan failed.', '(a+)+$'), ['(a+)+$']);
    assert.deepEqual(flagged(`The ${'a'.repeat(5_000)}! plan failed.`, '(a+)+$'), []);
  });
  it('".*" matches only a literal dot-star, not every sentence', () => {
    assert.deepEqual(flagged('The plan .* failed.', '.*'), ['.*']);
    assert.deepEqual(flagged('The plan failed. Everything went wrong.', '.*'), []);
  });
  it('a backslash and an open bracket are plain characters', () => {
    assert.deepEqual(flagged('Costs rose \\ fell.', '\\'), ['\\']);
    assert.deepEqual(flagged('Costs [rose.', '['), ['[']);
    assert.deepEqual(flagged('Costs rose.', '['), []);
  });
  it('a trusted source after "İ" (two code units when lower-cased) keeps its range on the name', () => {
    const text = 'İİ Reuters😀 said 40 people died.';
    const trusted = lint(text, {config: resolveConfig({trustedSources: ['Reuters']}, ruleIds)}).attributions.filter((a) => a.cueKind === 'trusted');
    assert.deepEqual(trusted.map((a) => [a.name, text.slice(a.start, a.end)]), [['Reuters', 'Reuters']]);
  });
  it('a trusted source with no letter or digit names nobody (fuzz seed 1915434438: "[" matched a footnote\'s bracket)', () => {
    const draft = "+++\ntitle = 'x'\n+++\n\n- *1,140 people were killed, it is believed.*\n####### 😀[^1] It resulted in 1,140 casualties.\n" +
      '| Figure | Source |\n| Sources said 1,140 people were killed. A senior official who asked not to be named said 300 troops had left. |\n|  |\n';
    checkConfigPhrase('[', draft, false);
    const config = resolveConfig({trustedSources: ['[']}, ruleIds);
    assert.deepEqual(lint(draft, {config}).attributions.filter((a) => a.cueKind === 'trusted'), []);
  });
  it('a trusted source with metacharacters attributes only where it is written', () => {
    const config = resolveConfig({trustedSources: ['A.B (Ltd)']}, ruleIds);
    assert.deepEqual(lint('AxB (Ltd) counted 40 homes.', {config}).attributions.filter((a) => a.cueKind === 'trusted'), []);
    assert.deepEqual(lint('A.B (Ltd) counted 40 homes.', {config}).attributions.filter((a) => a.cueKind === 'trusted').map((a) => a.name), ['A.B (Ltd)']);
  });
});

describe('hostile drafts', () => {
  for (const input of nastyInputs) {
    const size = input.small ? 'reduced size' : 'full size';
    const todo = input.bug && (input.small === undefined || input.bug.small) ? {todo: `bug: ${input.bug.reason}`} : {};
    it(`${input.name} (${size}): no throw, deterministic, valid ranges`, todo, () => {
      const text = (input.small ?? input.make)();
      const config = input.config && resolveConfig(input.config, ruleIds);
      checkLint(text, config);
    });
  }
});

describe('fixes', () => {
  it('an attribution added to a claim that ends the sentence goes before the full stop', () => {
    const text = 'It was 40%.';
    const fix = lint(text).findings[0].fixes.find((f) => f.edits.some((e) => e.text.includes('⟨source⟩')));
    assert.ok(fix);
    assert.equal(applyFixes(text, fix.edits), 'It was 40%, according to ⟨source⟩.');
  });
  it('range checks notice a split surrogate pair (the checker itself can fail)', () => {
    assert.throws(() => assertResultRanges('😀', {findings: [], attributions: [], figures: [{text: '', start: 1, end: 1, form: 'count', kind: 'harm', risk: 'high'}], sources: []}), /splits a surrogate pair/);
  });
});
