// The engine's merge step (src/core/merge.ts): one problem, one finding. Findings of two rules on one claim fold into
// one that names both problems; two problems in one sentence stay two; directives and configured severities apply
// before the merge, so a rule turned off or silenced neither swallows nor is swallowed.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {createLinter, defaultConfig, lint, localizeFinding, type LintResult} from '../../src/core/index.js';
import {mergeSameClaim} from '../../src/core/merge.js';
import {resourcesFor} from '../../src/core/languages/index.js';
import type {Config, Finding} from '../../src/core/types.js';

const fr = (body: string): string => `---\nlang: fr\n---\n\n${body}\n`;
const figureAndMood = 'Près de 3 000 réfugiés vivraient encore dans le camp de fortune.';
const twoClaims = 'Quatre passagers ont été blessés, mais leurs jours ne seraient pas en danger.';

/** Rule and words of each finding, in order. */
function shown(result: LintResult): string[] {
  return result.findings.map((f) => `${f.ruleId} "${f.actual}"`);
}

function withRules(rules: Config['rules']): Config {
  return {...defaultConfig, rules: {...defaultConfig.rules, ...rules}};
}

describe('merge step: one problem, one finding', () => {
  it('folds the conditionnel of a figure\'s own clause into the figure, naming both problems', () => {
    const text = fr(figureAndMood);
    const result = lint(text);
    assert.deepEqual(shown(result), ['unsourced-figure "Près de 3 000"']);
    const [f] = result.findings;
    assert.equal(text.slice(f.start, f.end), 'Près de 3 000');
    assert.deepEqual(f.data?.['merged:hedging'], ['vivraient']);
    assert.match(f.message, /^Figure "Près de 3 000" has no source: .*; "vivraient" does not name who reports it either$/);
    assert.match(localizeFinding(f, 'fr').message, /« vivraient » ne dit pas non plus qui le rapporte$/);
    assert.match(localizeFinding(f, 'de').message, /auch „vivraient“ sagt nicht, wer das berichtet$/);
    assert.ok(f.fixes.length > 0, 'the figure keeps its fixes');
  });

  it('leaves two problems of one sentence as two (a hedge in another clause, a conditionnel before its figure)', () => {
    assert.deepEqual(shown(lint(fr(twoClaims))), ['unsourced-figure "Quatre"', 'hedging "seraient"']);
    assert.deepEqual(shown(lint(fr('Le colis piégé aurait fait au moins six blessés.'))), ['hedging "aurait"', 'unsourced-figure "au moins six"']);
    assert.deepEqual(shown(lint(fr('Certains élus dénoncent un passage en force, et des experts jugent le texte contraire à la Constitution.'))),
      ['vague-attribution "Certains élus dénoncent"', 'vague-attribution "des experts jugent"']);
  });

  it('folds a hedge word right after a conditionnel into it, and leaves one after a comma as another problem', () => {
    const result = lint(fr('Il s\'agirait apparemment de militaires.'));
    assert.deepEqual(shown(result), ['hedging "agirait"']);
    assert.deepEqual(result.findings[0].data?.['merged:hedging'], ['apparemment']);
    assert.deepEqual(shown(lint(fr('Le suspect aurait fui, probablement vers l\'Espagne.'))), ['hedging "aurait"', 'hedging "probablement"']);
  });

  it('folds a conditionnel into the hedge whose que-clause holds it, however far, and leaves another sentence alone', () => {
    const governed = lint(fr('Il semble probable que, dans l\'esprit de l\'ancien président, une nouvelle consultation deviendrait difficilement pensable.'));
    assert.deepEqual(shown(governed), ['hedging "Il semble probable"']);
    assert.deepEqual(governed.findings[0].data?.['merged:hedging'], ['deviendrait']);
    assert.deepEqual(shown(lint(fr('Il semble probable que le ministre démissionne. Son successeur serait déjà choisi.'))),
      ['hedging "Il semble probable"', 'hedging "serait"']);
  });

  it('folds a conditionnel into the hidden holder whose que-clause holds it', () => {
    const hidden = lint(fr('L\'immigration progresse et l\'on estime que, depuis l\'an dernier, les migrants auraient été expulsés en masse.'));
    assert.deepEqual(shown(hidden), ['missing-attribution "on estime que"']);
    assert.deepEqual(hidden.findings[0].data?.['merged:hedging'], ['auraient']);
  });

  it('keeps one finding for one source phrase, and one for a vague group and its "others"', () => {
    assert.deepEqual(shown(lint(fr('Selon des sources policières, le suspect a été arrêté mardi.'))), ['anonymous-source "des sources policières"']);
    assert.deepEqual(shown(lint('According to some analysts, the central bank will raise rates in June.\n')), ['vague-attribution "According to some analysts"']);
    const others = lint('Some analysts say the reform is too timid, while others warn it comes too late.\n');
    assert.deepEqual(shown(others), ['vague-attribution "Some analysts say"']);
    assert.match(others.findings[0].message, /; "others warn" does not say who either$/);
  });

  it('brings the other finding back when the surviving rule is turned off in the configuration', () => {
    const result = lint(fr(figureAndMood), {config: withRules({'unsourced-figure': 'off'})});
    assert.deepEqual(shown(result), ['hedging "vivraient"']);
    assert.doesNotMatch(result.findings[0].message, /either/);
  });

  it('brings the other finding back when a directive silences the surviving rule, and counts the directive as used', () => {
    const result = lint(fr(`<!-- sourced-disable-next-line unsourced-figure -->\n${figureAndMood}`));
    assert.deepEqual(shown(result), ['hedging "vivraient"']);
  });

  it('lets a silenced finding swallow nothing and name nothing', () => {
    const result = lint(fr(`<!-- sourced-disable-next-line hedging -->\n${figureAndMood}`));
    assert.deepEqual(shown(result), ['unsourced-figure "Près de 3 000"']);
    assert.equal(result.findings[0].data?.['merged:hedging'], undefined);
    assert.doesNotMatch(result.findings[0].message, /vivraient/);
  });

  it('gives the surviving finding the loudest configured severity of the two', () => {
    const loud = lint(fr(figureAndMood), {config: withRules({hedging: 'error'})});
    assert.deepEqual(loud.findings.map((f) => [f.ruleId, f.severity]), [['unsourced-figure', 'error']]);
    const quiet = lint(fr(figureAndMood), {config: withRules({hedging: 'info', 'unsourced-figure': 'info'})});
    assert.deepEqual(quiet.findings.map((f) => [f.ruleId, f.severity]), [['unsourced-figure', 'info']]);
  });

  it('lets an accepted finding absorb the other, which does not come back', () => {
    const result = lint(fr(`${figureAndMood} <!-- sourced-accept unsourced-figure "Près de 3 000": chiffre du HCR, cité plus haut -->`));
    assert.deepEqual(shown(result), []);
    assert.deepEqual((result.accepted ?? []).map((f) => [f.ruleId, f.actual, f.data?.['merged:hedging']]), [['unsourced-figure', 'Près de 3 000', ['vivraient']]]);
  });

  it('gives the editor\'s linter the same findings as lint', () => {
    const linter = createLinter();
    const text = fr(`${figureAndMood}\n\n${twoClaims}`);
    linter.lint(text.replace('3 000', '2 000'));
    assert.deepEqual(linter.lint(text).findings, lint(text).findings);
  });

  it('is pure: keeps the order of what it is given, and untouched findings are the same objects', () => {
    const finding = (ruleId: string, start: number, end: number): Finding =>
      ({ruleId, severity: 'warning', message: '', start, end, actual: 'x'.repeat(end - start), fixes: []});
    const a = finding('missing-attribution', 0, 4);
    const b = finding('hedging', 10, 12);
    const input = [b, a];
    const out = mergeSameClaim(input, {source: 'x'.repeat(20), sentenceAt: () => 0, language: resourcesFor('en')!, marks: new Map()});
    assert.deepEqual(out, input);
    assert.equal(out[0], b);
    assert.deepEqual(input, [b, a]);
  });
});
