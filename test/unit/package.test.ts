// The npm package as a newsroom installs it: packed (scripts/pack-npm.js, npm pack), installed offline from the
// tarball into an empty folder, run with `npx --no-install sourced check`, imported as a typed library.
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import * as path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {ruleIds} from '../../src/core/index.js';

const repo = path.join(__dirname, '..', '..');
const packageName = '@sourced-news/sourced';
let tarball = '';
let folder = '';

/** Run a command in the install folder with a clean environment (no colour, the machine's PATH and npm cache). */
function run(command: string, args: string[]): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync(command, args, {cwd: folder, encoding: 'utf8', env: {PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', npm_config_cache: process.env.npm_config_cache ?? ''}});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('npm package', () => {
  before(() => {
    tarball = execFileSync(process.execPath, [path.join(repo, 'scripts', 'pack-npm.js')], {cwd: repo, encoding: 'utf8'}).trim().split('\n').pop() ?? '';
    folder = mkdtempSync(path.join(tmpdir(), 'sourced-install-'));
  });
  after(() => rmSync(folder, {recursive: true, force: true}));

  it('packs a scoped package with a bin, engines, an exports map, types and the rule docs, and no dependencies', () => {
    const listing = execFileSync('tar', ['tzf', tarball], {encoding: 'utf8'}).split('\n');
    for (const file of ['package/package.json', 'package/dist/cli.js', 'package/dist/cli-main.js', 'package/dist/index.js', 'package/types/src/lib/index.d.ts', 'package/docs/rules/hedging.md', 'package/README.md', 'package/LICENSE']) {
      assert.ok(listing.includes(file), file);
    }
    assert.ok(!listing.some((f) => f.endsWith('.map') || f.startsWith('package/src/')), 'no sources or maps');
    const pkg = JSON.parse(execFileSync('tar', ['xzOf', tarball, 'package/package.json'], {encoding: 'utf8'}));
    assert.equal(pkg.name, packageName);
    assert.deepEqual(pkg.bin, {sourced: 'dist/cli.js'});
    assert.equal(pkg.engines.node, '>=20');
    assert.equal(pkg.exports['.'].types, './types/src/lib/index.d.ts');
    assert.equal(pkg.dependencies, undefined);
    assert.equal(pkg.version, JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).version);
  });

  it('installs offline from the tarball into an empty folder and runs `npx --no-install sourced check`', () => {
    const install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball]);
    assert.equal(install.status, 0, install.stderr);
    writeFileSync(path.join(folder, 'story.md'), 'It resulted in 1,140 casualties.\n');
    const checked = run('npx', ['--no-install', 'sourced', 'check', 'story.md']);
    assert.equal(checked.status, 0, checked.stderr);
    assert.match(checked.stdout, /^story\.md:1:16 +warning +Figure "1,140" has no source.* unsourced-figure$/m);
    // The bin link npx ran, run directly (npx adds seconds per call).
    const bin = path.join(folder, 'node_modules', '.bin', 'sourced');
    const explained = run(bin, ['explain', 'hedging']);
    assert.equal(explained.stdout, readFileSync(path.join(repo, 'docs', 'rules', 'hedging.md'), 'utf8'));
    const sarif = run(bin, ['check', '--format', 'sarif']);
    assert.ok(JSON.parse(sarif.stdout).runs[0].tool.driver.rules.every((r: {help: {markdown: string}}) => r.help.markdown.length > 0));
  });

  it('imports as a library (ESM and CommonJS) without running anything or needing vscode', () => {
    const quiet = run(process.execPath, ['-e', `require(${JSON.stringify(packageName)})`]);
    assert.deepEqual([quiet.status, quiet.stdout, quiet.stderr], [0, '', ''], 'importing prints nothing');
    const script = `import {lint, check, localizeFinding, rules} from '${packageName}';
const found = lint('It resulted in 1,140 casualties.').findings;
const findings = found.map((f) => f.ruleId);
const [result] = await check(['story.md']);
const [french] = await check(['story.md'], {locale: 'fr'});
console.log(JSON.stringify({findings, rules: rules.length, messages: result.messages.map((m) => m.ruleId),
  fr: french.messages.map((m) => m.message), de: localizeFinding(found[0], 'de').message}));`;
    const esm = run(process.execPath, ['--input-type=module', '-e', script]);
    assert.equal(esm.status, 0, esm.stderr);
    const printed = JSON.parse(esm.stdout);
    assert.deepEqual({findings: printed.findings, rules: printed.rules, messages: printed.messages}, {findings: ['unsourced-figure'], rules: ruleIds.length, messages: ['unsourced-figure']});
    assert.match(printed.fr[0], /sans source : précisez qui a compté/);
    assert.equal(printed.de, 'Zahl „1,140“ ohne Quelle: Nennen Sie, wer gezählt, gemessen oder geschätzt hat');
    assert.doesNotMatch(readFileSync(path.join(folder, 'node_modules', packageName, 'dist', 'index.js'), 'utf8'), /require\(["']vscode["']\)/);
  });

  it('type-checks a consumer against the shipped declarations alone', () => {
    writeFileSync(
      path.join(folder, 'use.ts'),
      `import {check, lint, type CheckResult, type Finding} from '${packageName}';\nconst found: Finding[] = lint('Text.').findings;\nconst results: Promise<CheckResult[]> = check(['story.md'], {maxFileSize: 1000, locale: 'de'});\nexport {found, results};\n`,
    );
    const tsc = run(process.execPath, [path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '--strict', '--skipLibCheck', 'false', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--types', 'node', '--typeRoots', path.join(repo, 'node_modules', '@types'), 'use.ts']);
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });
});
