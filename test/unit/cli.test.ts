// The CLI in-process: the shared scenario table through main(), plus the CLI's own modules (args, files, fixes).
import assert from 'node:assert/strict';
import {readFileSync, rmSync} from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import {availableParallelism} from 'node:os';
import * as path from 'node:path';
import {describe, it} from 'node:test';
import {defaultConfig, ruleIds, type Finding, type Fix, type LintResult} from '../../src/core/index.js';
import {parseCommand, UsageError} from '../../src/cli/args.js';
import {decodeDraft, writeFileAtomic, type CliFs} from '../../src/cli/files.js';
import {chooseSafeFixes, lintAndFix} from '../../src/cli/fix.js';
import {main} from '../../src/cli/main.js';
import {lockedFs} from '../helpers/locked-fs.js';
import {materialise, runScenario, scenarios, type Runner} from '../fixtures/cli/scenarios.js';

/** A writer that collects text, optionally pretending to be a terminal. */
function capture(isTTY = false) {
  const chunks: string[] = [];
  return {isTTY, write: (text: string) => chunks.push(text), text: () => chunks.join('')};
}

const inProcess: Runner = async (args, {cwd, stdin, env, unreadable}) => {
  const stdout = capture();
  const stderr = capture();
  const exit = await main({argv: args, cwd, stdin, stdout, stderr, env, fs: lockedFs(unreadable)});
  return {exit, stdout: stdout.text(), stderr: stderr.text()};
};

describe('sourced CLI scenarios (in-process main)', () => {
  for (const scenario of scenarios) {
    it(scenario.name, () => runScenario(scenario, inProcess));
  }
});

describe('colour', () => {
  const run = async (isTTY: boolean, env: Record<string, string>, flags: string[] = []) => {
    const dir = materialise({'toll.md': 'It resulted in 1,140 casualties.\n'});
    try {
      const stdout = capture(isTTY);
      await main({argv: ['check', ...flags, 'toll.md'], cwd: dir, stdout, stderr: capture(), env});
      return stdout.text();
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  };
  it('is used on a terminal', async () => assert.match(await run(true, {}), /\u001b\[33mwarning/));
  it('is not used when NO_COLOR is set', async () => assert.doesNotMatch(await run(true, {NO_COLOR: '1'}), /\u001b\[/));
  it('is not used when stdout is a pipe or file', async () => assert.doesNotMatch(await run(false, {}), /\u001b\[/));
  it('is forced on by FORCE_COLOR (even over NO_COLOR) and off by FORCE_COLOR=0', async () => {
    assert.match(await run(false, {FORCE_COLOR: '1', NO_COLOR: '1'}), /\u001b\[33mwarning/);
    assert.doesNotMatch(await run(true, {FORCE_COLOR: '0'}), /\u001b\[/);
  });
  it('follows --color and --no-color over everything else', async () => {
    assert.match(await run(false, {NO_COLOR: '1'}, ['--color']), /\u001b\[33mwarning/);
    assert.doesNotMatch(await run(true, {FORCE_COLOR: '3'}, ['--no-color']), /\u001b\[/);
    assert.throws(() => parseCommand(['check', '--color', '--no-color']), /--color cannot be used with --no-color/);
  });
});

describe('argument parsing', () => {
  it('defaults', () => {
    assert.deepEqual(parseCommand(['check']), {
      kind: 'check',
      options: {patterns: [], format: 'stylish', maxWarnings: undefined, config: undefined, output: undefined, quiet: false, fix: false, inlineConfig: true, maxFileSize: 2 * 1024 * 1024, stdinFilename: undefined, base: undefined, baseline: undefined, writeBaseline: undefined, allowSkipped: false, color: undefined, jobs: availableParallelism(), cache: false, cacheLocation: undefined, locale: 'en'},
    });
  });
  it('reads every option', () => {
    const command = parseCommand(['check', '-f', 'sarif', '--max-warnings', '3', '-c', 'c.json', '-o', 'out.sarif', '--fix', '--max-file-size', '10', '--base', '..', '--baseline', 'b.json', '--write-baseline', 'w.json', '--allow-skipped', '--no-color', '--jobs', '3', '--locale', 'de', 'a.md', 'b/']);
    assert.deepEqual(command, {
      kind: 'check',
      options: {patterns: ['a.md', 'b/'], format: 'sarif', maxWarnings: 3, config: 'c.json', output: 'out.sarif', quiet: false, fix: true, inlineConfig: true, maxFileSize: 10, stdinFilename: undefined, base: '..', baseline: 'b.json', writeBaseline: 'w.json', allowSkipped: true, color: false, jobs: 3, cache: false, cacheLocation: undefined, locale: 'de'},
    });
  });
  it('--help and --version win over the rest of the line', () => {
    assert.deepEqual(parseCommand(['check', '--format', 'nope', '--help']), {kind: 'help'});
    assert.deepEqual(parseCommand(['--version', 'whatever']), {kind: 'version'});
  });
  it('rejects a second stdin and negative or fractional counts', () => {
    assert.throws(() => parseCommand(['check', '-', '-']), UsageError);
    assert.throws(() => parseCommand(['check', '--max-warnings', '-1']), UsageError);
    assert.throws(() => parseCommand(['check', '--max-warnings', '1.5']), UsageError);
    assert.throws(() => parseCommand(['check', '--output', '']), /--output needs a file name/);
  });
  it('--jobs takes a whole number of at least 1, and only for check', () => {
    assert.throws(() => parseCommand(['check', '--jobs', '0']), /--jobs needs a whole number of at least 1/);
    assert.throws(() => parseCommand(['check', '-j', 'all']), /--jobs needs a whole number/);
    assert.throws(() => parseCommand(['sources', '--jobs', '2']), /--jobs is for "sourced check"/);
  });
  it('--cache-location needs --cache, and a name', () => {
    assert.throws(() => parseCommand(['check', '--cache-location', 'x']), /--cache-location needs --cache/);
    assert.throws(() => parseCommand(['check', '--cache', '--cache-location', '']), /--cache-location needs a file name/);
    assert.equal((parseCommand(['check', '--cache', '--cache-location', 'ci/']) as {options: {cacheLocation?: string}}).options.cacheLocation, 'ci/');
  });
});

describe('decodeDraft', () => {
  it('strips and remembers a byte-order mark', () => {
    assert.deepEqual(decodeDraft(Buffer.from('\ufeffHi'), 'x.md'), {kind: 'text', text: 'Hi', bom: true});
    assert.deepEqual(decodeDraft(Buffer.from('Hi'), 'x.md'), {kind: 'text', text: 'Hi', bom: false});
  });
  it('refuses overlong encodings and surrogates, naming the line', () => {
    assert.throws(() => decodeDraft(Buffer.from([0x61, 0x0a, 0x0a, 0xc0, 0xaf]), 'x.md'), /\(x\.md:3\)/);
    assert.throws(() => decodeDraft(Buffer.from([0xed, 0xa0, 0x80]), 'x.md'), /\(x\.md:1\)/);
    assert.throws(() => decodeDraft(Buffer.from('ok\n\u00e9').subarray(0, 4), 'x.md'), /\(x\.md:2\)/);
  });
});

describe('writeFileAtomic', () => {
  it('keeps the original and removes the temporary file when the rename fails', async () => {
    const dir = materialise({'report.json': 'old\n'});
    try {
      const failing: CliFs = {...nodeFs, rename: async () => Promise.reject(Object.assign(new Error('EXDEV'), {code: 'EXDEV'}))};
      await assert.rejects(writeFileAtomic(failing, path.join(dir, 'report.json'), 'new\n'), /EXDEV/);
      assert.equal(readFileSync(path.join(dir, 'report.json'), 'utf8'), 'old\n');
      assert.deepEqual(await nodeFs.readdir(dir), ['report.json']);
      await writeFileAtomic(nodeFs, path.join(dir, 'report.json'), 'new\n');
      assert.equal(readFileSync(path.join(dir, 'report.json'), 'utf8'), 'new\n');
      assert.deepEqual(await nodeFs.readdir(dir), ['report.json']);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});

describe('chooseSafeFixes', () => {
  const fix = (kind: Fix['kind'], ...edits: Array<[number, number, string]>): Fix => ({title: 't', kind, edits: edits.map(([start, end, text]) => ({start, end, text}))});
  it('never picks a suggestion', () => {
    assert.deepEqual(chooseSafeFixes([fix('suggestion', [0, 1, 'x'])]), []);
  });
  it('picks whole fixes whose spans do not overlap', () => {
    const a = fix('safe', [0, 2, 'a'], [10, 12, 'a']);
    const b = fix('safe', [5, 6, 'b']);
    const c = fix('safe', [12, 14, 'c']);
    assert.deepEqual(chooseSafeFixes([c, b, a]), [a, c]);
  });
});

describe('lintAndFix', () => {
  // A linter double: every double space gets a safe fix, every "reportedly" only a suggestion.
  const calls: string[] = [];
  const fakeLint = (text: string): LintResult => {
    calls.push(text);
    const findings: Finding[] = [];
    for (const m of text.matchAll(/ {2,}|reportedly/g)) {
      const start = m.index;
      const end = start + m[0].length;
      const safe = m[0] !== 'reportedly';
      findings.push({ruleId: 'hedging', severity: 'info', message: 'm', start, end, actual: m[0], fixes: [{title: 't', kind: safe ? 'safe' : 'suggestion', edits: [{start, end, text: safe ? ' ' : ''}]}]});
    }
    return {findings, attributions: [], figures: [], sources: []};
  };
  it('applies safe fixes in passes and reports what is left', () => {
    calls.length = 0;
    const outcome = lintAndFix('It  was   reportedly  late.', defaultConfig, fakeLint);
    assert.equal(outcome.text, 'It was reportedly late.');
    assert.equal(outcome.applied, 3);
    assert.deepEqual(outcome.result.findings.map((f) => f.actual), ['reportedly']);
    assert.equal(calls.length, 2, 'one lint, one re-lint after the fixes');
  });
  it('leaves text without safe fixes alone and lints once', () => {
    calls.length = 0;
    const outcome = lintAndFix('It was reportedly late.', defaultConfig, fakeLint);
    assert.deepEqual([outcome.text, outcome.applied, calls.length], ['It was reportedly late.', 0, 1]);
  });
  it('stops after a bounded number of passes when fixes keep re-triggering', () => {
    calls.length = 0;
    const growing = (text: string): LintResult => {
      calls.push(text);
      return {findings: [{ruleId: 'hedging', severity: 'info', message: 'm', start: 0, end: 0, actual: '', fixes: [{title: 't', kind: 'safe', edits: [{start: 0, end: 0, text: 'x'}]}]}], attributions: [], figures: [], sources: []};
    };
    const outcome = lintAndFix('', defaultConfig, growing);
    assert.equal(outcome.text, 'x'.repeat(10));
    assert.equal(calls.length, 11);
  });
});

describe('config.schema.json', () => {
  const schema = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'src', 'core', 'config.schema.json'), 'utf8'));
  it('lists exactly the registered rules', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), [...ruleIds].sort());
  });
  it('allows exactly the keys resolveConfig accepts', () => {
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'hedges', 'ignore', 'language', 'risk', 'root', 'rules', 'trustedSources', 'vagueSources']);
    assert.deepEqual(schema.definitions.severity.enum, ['off', 'info', 'warning', 'error']);
  });
});
