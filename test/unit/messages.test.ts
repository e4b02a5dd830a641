// The message catalogue: every English text has a French and a German one with the same placeholders, every finding
// the rules report has a text, and `sourced check --locale` prints them (through the built binary).
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import * as path from 'node:path';
import {describe, it} from 'node:test';
import {lint, localeOf, localizeFinding, rules} from '../../src/core/index.js';
import {cliTexts} from '../../src/cli/messages.js';
import {formatMessage, formatRuleDescription} from '../../src/core/messages/index.js';
import {de} from '../../src/core/messages/de.js';
import {en} from '../../src/core/messages/en.js';
import {fr} from '../../src/core/messages/fr.js';
import type {Catalogue} from '../../src/core/messages/types.js';
import {supportedLanguages, languageNames} from '../../src/core/languages/detect.js';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');

/** Every text of a catalogue by its path ("rules.hedging.messages.hedge", "fixes.attributeTo", "terms.figure.count"). */
function texts(cat: Catalogue): Map<string, string> {
  const out = new Map<string, string>();
  for (const [ruleId, rule] of Object.entries(cat.rules)) {
    for (const [id, text] of Object.entries(rule.messages)) out.set(`rules.${ruleId}.messages.${id}`, text);
    if (rule.note !== undefined) out.set(`rules.${ruleId}.note`, rule.note);
    for (const [id, text] of Object.entries(rule.notes ?? {})) out.set(`rules.${ruleId}.notes.${id}`, text);
  }
  for (const [id, text] of Object.entries(cat.merged)) out.set(`merged.${id}`, text);
  for (const [id, text] of Object.entries(cat.fixes)) out.set(`fixes.${id}`, text);
  for (const [id, text] of Object.entries(cat.terms)) out.set(`terms.${id}`, text);
  return out;
}

/** The placeholder names of a template, sorted, each once. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{([^{}]+?)\}\}/g)].map((m) => m[1].trim()))].sort();
}

/** The draft files of a folder, recursively. */
function drafts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? drafts(file) : /\.md$/.test(name) ? [file] : [];
  });
}

describe('message catalogue', () => {
  const english = texts(en);
  for (const [locale, cat] of [['fr', fr], ['de', de]] as const) {
    it(`${locale} has every English text, with the same placeholders, and nothing else`, () => {
      const translated = texts(cat);
      assert.deepEqual([...translated.keys()].sort(), [...english.keys()].sort());
      for (const [key, text] of english) {
        assert.deepEqual(placeholders(translated.get(key)!), placeholders(text), `${locale} ${key}: ${translated.get(key)}`);
        assert.ok(translated.get(key)!.trim().length > 0, `${locale} ${key} is empty`);
      }
    });
    it(`${locale} texts are translations, not English copies`, () => {
      const same = [...texts(cat)].filter(([key, text]) => text === english.get(key)).map(([key]) => key);
      // "Proportion" is French as well as English.
      assert.deepEqual(same, locale === 'fr' ? ['terms.figure.fraction'] : []);
    });
  }

  it('names in the unsupported-language messages every language Sourced checks', () => {
    for (const id of Object.keys(en.rules['unsupported-language'].messages) as Array<keyof typeof en.rules['unsupported-language']['messages']>) {
      for (const code of supportedLanguages) assert.ok(en.rules['unsupported-language'].messages[id].includes(languageNames[code]), `${id} names ${languageNames[code]}`);
    }
    assert.deepEqual(Object.keys(languageNames).map((code) => `language.${code}`).filter((term) => !(term in en.terms)), []);
  });

  it('gives every finding of the fixtures and corpus a messageId with a text in each locale, and fix titles too', () => {
    const seen = new Set<string>();
    for (const file of [...drafts(path.join(root, 'test', 'fixtures')), ...drafts(path.join(root, 'test', 'corpus'))]) {
      const text = readFileSync(file, 'utf8');
      const result = lint(text);
      for (const finding of [...result.findings, ...(result.accepted ?? [])]) {
        assert.ok(finding.messageId, `${file}: ${finding.ruleId} has no messageId`);
        seen.add(`${finding.ruleId}/${finding.messageId}`);
        // The English text is the catalogue's: the engine made the message from it.
        assert.equal(formatMessage('en', finding.ruleId, finding.messageId, finding.data).message, finding.message);
        for (const locale of ['fr', 'de']) {
          const localized = localizeFinding(finding, locale);
          assert.doesNotMatch(localized.message, /\{\{|\}\}/, `${file}: ${localized.message}`);
          assert.notEqual(localized.message, finding.message, `${file}: ${finding.message} is not translated to ${locale}`);
          for (const [i, fix] of localized.fixes.entries()) {
            assert.ok(fix.messageId, `${file}: fix "${fix.title}" has no messageId`);
            assert.notEqual(fix.title, finding.fixes[i].title);
          }
        }
      }
    }
    // The drafts exercise most messages; the rest are covered by the rules' own tests.
    assert.ok(seen.size >= 20, `only ${[...seen].join(', ')}`);
  });

  it('formats lists in the locale\'s quotation marks and translates terms', () => {
    const data = {kind: {term: 'figure.percent'}, figure: '3,1 %', others: ['3,6 %', '4 %']};
    assert.equal(formatMessage('en', 'unsourced-figure', 'noSourceNorMany', data).message,
      'Percentage "3,1 %" has no source (nor have "3,6 %", "4 %"): say who counted, measured or estimated it');
    assert.equal(formatMessage('fr', 'unsourced-figure', 'noSourceNorMany', data).message,
      'Pourcentage « 3,1 % » sans source (tout comme « 3,6 % », « 4 % ») : précisez qui a compté, mesuré ou estimé');
    assert.equal(formatMessage('de', 'unsourced-figure', 'noSourceNorMany', data).message,
      'Prozentangabe „3,1 %“ ohne Quelle (ebenso „3,6 %“, „4 %“): Nennen Sie, wer gezählt, gemessen oder geschätzt hat');
  });

  it('falls back to English for an unknown locale, and throws for an unknown messageId', () => {
    const finding = lint('It resulted in 1,140 casualties.').findings[0];
    assert.equal(localizeFinding(finding, 'es').message, finding.message);
    assert.equal(formatMessage('xx', 'hedging', 'hedge', {words: 'apparently'}).message, formatMessage('en', 'hedging', 'hedge', {words: 'apparently'}).message);
    assert.throws(() => formatMessage('fr', 'hedging', 'noSuchMessage'), /no message "noSuchMessage" for rule "hedging"/);
  });

  it('gives every rule a one-line description in each locale, the English one being the rule\'s own', () => {
    for (const rule of rules) {
      assert.equal(formatRuleDescription('en', rule.id), rule.description);
      for (const locale of ['fr', 'de']) assert.ok(formatRuleDescription(locale, rule.id) !== rule.description, `${locale} ${rule.id}`);
    }
    assert.equal(formatRuleDescription('es', 'hedging'), formatRuleDescription('en', 'hedging'));
    assert.throws(() => formatRuleDescription('fr', 'unsupported-language'), /no description for rule "unsupported-language"/);
  });

  it('counts in the CLI\'s words with each language\'s plural rules', () => {
    assert.deepEqual([0, 1, 2].map(cliTexts('en').problems), ['0 problems', '1 problem', '2 problems']);
    assert.deepEqual([0, 1, 2].map(cliTexts('fr').problems), ['0 problème', '1 problème', '2 problèmes']);
    assert.deepEqual([0, 1, 2].map(cliTexts('de').files), ['0 Dateien', '1 Datei', '2 Dateien']);
    assert.equal(cliTexts('fr').failedFiles(1), '1 fichier n\'a pas pu être vérifié.');
    assert.equal(cliTexts('de').failedFiles(1), '1 Datei konnte nicht geprüft werden.');
    assert.equal(cliTexts(undefined).summary(3, 1, 2, 0), '✖ 3 problems (1 error, 2 warnings, 0 info)');
  });

  it('reads a display language as a locale', () => {
    assert.deepEqual(['fr', 'fr-CA', 'de', 'de-AT', 'DE-ch', 'en-GB', 'es', 'zh-cn', '', undefined].map(localeOf), ['fr', 'fr', 'de', 'de', 'de', 'en', 'en', 'en', 'en', 'en']);
  });
});

describe('sourced check --locale (dist/cli.js)', () => {
  const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], {cwd: root, encoding: 'utf8', env: {PATH: process.env.PATH ?? ''}});
  const fixture = 'test/fixtures/rules/unsourced-figure/positive.fr.md';

  it('prints French messages for a French draft with --locale fr, in every format', () => {
    const stylish = run(['check', '--locale', 'fr', '--no-color', fixture]);
    assert.equal(stylish.status, 0, stylish.stderr);
    assert.match(stylish.stdout, /Chiffre « Environ 1 200 » sans source : précisez qui a compté, mesuré ou estimé +unsourced-figure/);
    assert.doesNotMatch(stylish.stdout, /has no source/);
    const sarif = JSON.parse(run(['check', '--locale', 'fr', '--format', 'sarif', fixture]).stdout);
    const results = sarif.runs[0].results as Array<{ruleId: string; message: {text: string}}>;
    assert.ok(results.length > 0);
    for (const result of results) {
      assert.equal(result.ruleId, 'unsourced-figure');
      assert.match(result.message.text, /sans source/);
    }
    const json = JSON.parse(run(['check', '--locale', 'de', '--format', 'json', fixture]).stdout);
    assert.match(json[0].messages[0].message, /ohne Quelle: Nennen Sie/);
  });

  it('writes the stylish summary, the severity column and SARIF\'s rule descriptions in the locale too', () => {
    const stylish = run(['check', '--locale', 'fr', '--no-color', fixture]).stdout;
    assert.match(stylish, /:\d+:\d+ +avertissement +Chiffre/);
    assert.match(stylish, /\n✖ \d+ problèmes \(0 erreur, \d+ avertissements, 0 info\)\n$/);
    assert.doesNotMatch(stylish, /problems|warnings/);
    const german = run(['check', '--locale', 'de', '--no-color', fixture]).stdout;
    assert.match(german, /\n✖ \d+ Probleme \(0 Fehler, \d+ Warnungen, 0 Info\)\n$/);
    const clean = spawnSync(process.execPath, [cli, 'check', '--locale', 'de', '--no-color', '-'],
      {cwd: root, encoding: 'utf8', input: '---\nlang: de\n---\n\nDie Polizei sagte, 40 Menschen seien verletzt worden.\n'});
    assert.equal(clean.stdout, '✔ Keine Zuschreibungsprobleme in 1 Datei\n');
    const sarif = JSON.parse(run(['check', '--locale', 'fr', '--format', 'sarif', fixture]).stdout);
    assert.equal(sarif.runs[0].language, 'fr');
    const rule = (sarif.runs[0].tool.driver.rules as Array<{id: string; shortDescription: {text: string}}>).find((r) => r.id === 'unsourced-figure');
    assert.equal(rule?.shortDescription.text, formatRuleDescription('fr', 'unsourced-figure'));
    assert.notEqual(rule?.shortDescription.text, formatRuleDescription('en', 'unsourced-figure'));
    const english = JSON.parse(run(['check', '--format', 'sarif', fixture]).stdout);
    assert.equal(english.runs[0].language, undefined);
  });

  it('prints the same report as before with no --locale or --locale en', () => {
    const plain = run(['check', '--format', 'json', fixture]);
    assert.match(plain.stdout, /"Figure \\"40\\" has no source: say who counted, measured or estimated it"/);
    assert.equal(run(['check', '--locale', 'en', '--format', 'json', fixture]).stdout, plain.stdout);
  });

  it('never answers --locale fr from a cache of English messages, and back', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sourced-locale-'));
    try {
      copyFileSync(path.join(root, fixture), path.join(dir, 'draft.md'));
      const cached = (locale: string) => spawnSync(process.execPath, [cli, 'check', '--cache', '--format', 'json', '--locale', locale, 'draft.md'], {cwd: dir, encoding: 'utf8'}).stdout;
      const english = cached('en');
      assert.match(english, /has no source/);
      assert.match(cached('fr'), /sans source/);
      assert.equal(cached('en'), english);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });

  it('refuses an unknown locale with the usage exit code', () => {
    const result = run(['check', '--locale', 'es', fixture]);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, 'sourced: error: unknown locale "es" (use one of: en, fr, de) (try "sourced --help")\n');
    assert.equal(run(['sources', '--locale', 'fr', fixture]).status, 2);
  });

  it('documents --locale in --help', () => {
    assert.match(run(['--help']).stdout, /--locale <name> +language of the messages: en \(default\), fr or de/);
  });
});
