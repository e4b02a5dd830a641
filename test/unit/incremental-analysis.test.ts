// The editor's linter keeps the analysis of unchanged sentences and blocks between relints (src/core/memo.ts): after
// every edit of a sequence, what it returns must equal a fresh lint of the same text, finding for finding, offset for
// offset, attribution for attribution.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {analyse} from '../../src/core/analysis.js';
import {splitChunks} from '../../src/core/chunks.js';
import {defaultConfig} from '../../src/core/config.js';
import {en} from '../../src/core/languages/en.js';
import {AnalysisMemo} from '../../src/core/memo.js';
import {parseForLint} from '../../src/core/parse.js';
import {collectProse} from '../../src/core/prose.js';
import {collectSentences} from '../../src/core/sentences.js';
import {createLinter, lint, resolveConfig, ruleIds, type Config, type LintOptions, type RuleContext} from '../../src/core/index.js';
import {sentenceReading} from '../../src/core/rules/shared.js';
import {prng as random} from '../../bench/generate.js';
import {markdownDocument, sentence} from '../fuzz/arbitraries.js';

const root = path.join(import.meta.dirname, '..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? markdownFiles(full) : name.endsWith('.md') && name !== 'README.md' ? [full] : [];
  });
}

// Every fixture and labelled draft, and the first real articles of each language.
const files = [
  ...markdownFiles(path.join(root, 'fixtures')),
  ...markdownFiles(path.join(root, 'corpus/drafts')),
  ...markdownFiles(path.join(root, 'corpus/news')).slice(0, 8),
  ...markdownFiles(path.join(root, 'corpus/news-fr')).slice(0, 4),
  ...markdownFiles(path.join(root, 'corpus/news-de')).slice(0, 4),
];

// Insertions that move what crosses sentences and paragraphs: sources carried forward, continued and introduced
// quotes, block quotes and their speakers, headings over the story's figures, table rows, colons, translations.
const insertions = [
  ' 4,000 people reportedly died', ', police said', '\n\n', '\n\n> ', '"', '“We will win,” she said. ', ':', ':\n\n',
  'He said 87 homes were flooded. ', '\n\n# Over 900 rescued\n\n', ' according to Reuters', 'It is believed that ',
  'Experts say ', '\n\n| Town | Homes | Source |\n| --- | --- | --- |\n| Leeds | 40 | n/a |\n\n', ' — The Canadian Press',
  '\n\nLa police a déclaré que 40 personnes sont mortes. ', '<!-- sourced-disable unsourced-figure -->', ' the deadliest in history',
  '\n\n- ', ' two people familiar with the matter said ', 'x', ' ',
  // What the rules read from a sentence's text alone and the editor's linter keeps (rules/shared.ts sentenceReading):
  // hidden claims, unnamed sources, hedges listed and with a gap, in English, French and German.
  ' was widely criticised', ' a senior official who asked not to be named said ', 'Presumably, ', ' may well ',
  ' as things stand', ' some observers say ', ' it is understood ', '\n\nOn estime que 300 maisons ont été détruites. ', '\n\nDer Minister soll 4 Millionen Euro erhalten haben. ',
];

/** One random edit: an insertion from the list, or a deletion of up to 40 characters (a paragraph break included). */
function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  if (next() < 0.35 && text.length > 0) {
    const length = 1 + Math.floor(next() * 40);
    return text.slice(0, at) + text.slice(Math.min(text.length, at + length));
  }
  const insertion = insertions[Math.floor(next() * insertions.length)];
  return text.slice(0, at) + insertion + text.slice(at);
}

/** Lint `text` with the caching linter and fresh, and require the same result. */
function agree(linter: ReturnType<typeof createLinter>, text: string, options: LintOptions, what: string): void {
  assert.deepStrictEqual(linter.lint(text, options), lint(text, options), what);
}

describe('createLinter reuses analysis and agrees with lint() after every edit', () => {
  // (Other hedge and vague-source lists change what those rules read in every sentence: nothing read before is reused.)
  const trusted = resolveConfig({trustedSources: ['Reuters'], risk: {low: 'info'}, hedges: ['as things stand'], vagueSources: ['some observers']}, ruleIds);
  files.forEach((file, n) => {
    it(path.relative(root, file), () => {
      const original = readFileSync(file, 'utf8');
      const next = random(1_000 + n);
      const linter = createLinter();
      let text = original;
      agree(linter, text, {}, 'first lint');
      for (let step = 0; step < 6; step++) {
        text = edit(text, next);
        // Every third step under another configuration: nothing read under the old one may be reused.
        agree(linter, text, step % 3 === 2 ? {config: trusted} : {}, `step ${step}`);
      }
      // Undo everything: back to the original, served from what the linter kept.
      agree(linter, original, {}, 'undone');
    });
  }
  );
});

describe('createLinter under arbitrary drafts and edits (fixed seed)', () => {
  it('agrees with lint() after each edit of a sequence', () => {
    const edits = fc.array(fc.record({at: fc.double({min: 0, max: 1, noNaN: true}), remove: fc.nat({max: 30}), insert: fc.oneof(sentence, fc.constantFrom(...insertions))}), {minLength: 1, maxLength: 6});
    fc.assert(fc.property(markdownDocument, edits, (start, steps) => {
      const linter = createLinter();
      let text = start;
      agree(linter, text, {}, 'first lint');
      for (const {at, remove, insert} of steps) {
        const i = Math.floor(at * text.length);
        text = text.slice(0, i) + insert + text.slice(i + remove);
        agree(linter, text, {}, JSON.stringify(text));
      }
    }), {seed: 20_261_130, numRuns: 60});
  });

  it('a sentence repeated in a table cell and in a paragraph keeps each place\'s figure kind', () => {
    // The memo keys a sentence by its text; a column header changes what its figure counts.
    const linter = createLinter();
    const text = '| Town | Homes flooded |\n| --- | --- |\n| Leeds | 40 |\n\n40\n';
    agree(linter, text, {}, 'table then paragraph');
    agree(linter, text.replace('Homes flooded', 'Score'), {}, 'header changed');
    agree(linter, text, {}, 'header restored');
  });
});

describe('sentenceReading: what a rule reads from a sentence\'s text alone', () => {
  const contextWith = (memo: AnalysisMemo | undefined) => ({memo}) as unknown as RuleContext;

  it('is read once per text while the editor\'s linter keeps it, and read again once a lint did not use it', () => {
    const memo = new AnalysisMemo();
    const reads: string[] = [];
    const read = (text: string) => sentenceReading(contextWith(memo), 'test:reading', text, () => {
      reads.push(text);
      return {length: text.length};
    });
    memo.begin(en, defaultConfig);
    const first = read('Police said 40 people died.');
    read('Roads were closed.');
    memo.end();
    memo.begin(en, defaultConfig);
    assert.equal(read('Police said 40 people died.'), first);
    memo.end();
    // Two lints later, a text the last lint did not read has been dropped.
    memo.begin(en, defaultConfig);
    read('Roads were closed.');
    memo.end();
    assert.deepEqual(reads, ['Police said 40 people died.', 'Roads were closed.', 'Roads were closed.']);
  });

  it('reads every time without a memo (lint)', () => {
    let reads = 0;
    for (let i = 0; i < 2; i++) sentenceReading(contextWith(undefined), 'test:reading', 'Same text.', () => ++reads);
    assert.equal(reads, 2);
  });

  it('keeps offsets right when a sentence moves within its paragraph', () => {
    // The readings hold offsets in the sentence's text; the same words at another place of their block are reused.
    const linter = createLinter();
    const text = 'Hopes were raised, a senior official who asked not to be named said. Prices will presumably fall. It is the worst flood in 40 years.\n';
    agree(linter, text, {}, 'first lint');
    agree(linter, `Floods hit Leeds. ${text}`, {}, 'a sentence inserted before');
    agree(linter, text.replace('Prices will presumably fall. ', ''), {}, 'a sentence deleted between');
  });
});

describe('what the rules read from a sentence\'s text lands at that sentence\'s place', () => {
  // Readings hold offsets in the sentence's text: later sentences of a paragraph, and the same sentences after an
  // edit before them, must be reported on their own words, by lint() and by the editor's linter alike.
  const found = (result: ReturnType<typeof lint>) => result.findings.map((f) => [f.ruleId, f.actual]);

  it('in English: impersonal hearsay, a hedge, an agentless passive and an unnamed source', () => {
    const text = 'The council met on Monday. It is understood that the vote failed. Prices will presumably fall. Hopes were raised at the meeting. The plan, a senior official who asked not to be named said, was dropped.\n';
    const expected = [
      ['vague-attribution', 'It is understood'],
      ['hedging', 'presumably'],
      ['missing-attribution', 'were raised'],
      ['anonymous-source', 'a senior official who asked not to be named'],
    ];
    assert.deepEqual(found(lint(text)), expected);
    const linter = createLinter();
    assert.deepEqual(found(linter.lint(text)), expected);
    assert.deepEqual(found(linter.lint(`Floods hit Leeds again. ${text}`)), expected);
  });

  it('in German: a hedge with a gap whose clause names its source is not the writer\'s', () => {
    const de = resolveConfig({language: 'de'}, ruleIds);
    const named = 'Der Rat der Stadt tagte am Montag bis spät in die Nacht über den Haushalt, die Schulen und die neuen Straßenbahnlinien im Norden. Der Minister soll nach Angaben von Reuters 4 Millionen Euro erhalten haben.\n';
    const unnamed = 'Der Rat der Stadt tagte am Montag bis spät in die Nacht über den Haushalt, die Schulen und die neuen Straßenbahnlinien im Norden. Der Minister soll 4 Millionen Euro erhalten haben.\n';
    const linter = createLinter();
    for (const lintOnce of [(t: string) => lint(t, {config: de}), (t: string) => linter.lint(t, {config: de})]) {
      assert.deepEqual(found(lintOnce(named)), []);
      assert.deepEqual(found(lintOnce(unnamed)), [['hedging', 'soll'], ['unsourced-figure', '4 Millionen Euro']]);
    }
  });
});

describe('splitChunks and front matter fences', () => {
  it('never starts a chunk at "---" or "+++" after the first line (alone it would parse as front matter)', () => {
    const text = 'One.\n\n---\ntitle: "Two"\n---\n\nThree.\n\n+++\n';
    assert.deepEqual(splitChunks(text).map(([a, b]) => text.slice(a, b)), ['One.\n\n---\ntitle: "Two"\n---\n\n', 'Three.\n\n+++\n']);
    // A thematic break and a setext heading, not front matter: the caching linter reads them as lint() does.
    const linter = createLinter();
    const draft = '\n\n---\ntitle: "A senior official who asked not to be named said 300 troops had left."\n---\n';
    assert.equal(linter.lint(draft).attributions.length, 2);
    assert.deepStrictEqual(linter.lint(draft), lint(draft));
  });
});

describe('AnalysisMemo', () => {
  const analysisOf = (text: string, memo: AnalysisMemo, config: Config = defaultConfig) => {
    const {root, parsed} = parseForLint(text);
    const blocks = collectProse(root, parsed);
    memo.begin(en, config);
    const sentences = collectSentences(blocks, en, memo);
    const analysis = analyse(en, blocks, sentences, config, memo);
    memo.end();
    return {sentences, analysis};
  };

  it('reuses the tokens of every sentence whose text did not change, and only those', () => {
    const memo = new AnalysisMemo();
    const first = 'Police said 40 people died.\n\nThe mayor spoke. Roads were closed.\n\nOfficials expect more rain.\n';
    const before = analysisOf(first, memo);
    const after = analysisOf(first.replace('Roads were closed.', 'Roads were closed again.'), memo);
    const reused = after.sentences.map((s, i) => before.analysis.tokens.includes(after.analysis.tokens[i]) ? s.text : null);
    // (A sentence after the edit in the same paragraph moves, and tokens carry block offsets: it is read again.)
    assert.deepEqual(reused, ['Police said 40 people died.', 'The mayor spoke.', null, 'Officials expect more rain.']);
  });

  it('keeps its entries under an equal configuration and drops them under another', () => {
    const memo = new AnalysisMemo();
    const text = 'Police said 40 people died.\n';
    const first = analysisOf(text, memo, resolveConfig({}, ruleIds)).analysis.tokens[0];
    // A new object with the same settings (the editor resolves the config again on each change) keeps them.
    assert.equal(analysisOf(text, memo, resolveConfig({}, ruleIds)).analysis.tokens[0], first);
    assert.notEqual(analysisOf(text, memo, resolveConfig({trustedSources: ['Police']}, ruleIds)).analysis.tokens[0], first);
  });
});
