// The CLI as a CI job runs it (spawned dist/cli.js): SARIF valid against the 2.1.0 schema with what code scanning
// reads, fingerprints that survive edits elsewhere, paths from the repository root, baselines, quiet, explain.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import * as path from 'node:path';
import {after, describe, it} from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import {ruleIds} from '../../src/core/index.js';

const cli = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const schema = JSON.parse(readFileSync(path.join(__dirname, '..', 'fixtures', 'sarif', 'sarif-2.1.0.schema.json'), 'utf8'));
const folders: string[] = [];
after(() => {
  for (const dir of folders) rmSync(dir, {recursive: true, force: true});
});

function tree(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourced-ci-'));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function run(cwd: string, args: string[]): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd, encoding: 'utf8', env: {PATH: process.env.PATH ?? ''}});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

const seed = readFileSync(path.join(__dirname, '..', 'fixtures', 'seed-article.md'), 'utf8');
const paragraph = 'The storm hit the coast on Monday. It resulted in 1,140 casualties. Roads were closed for a week.\n';

interface SarifResult {
  ruleId: string;
  partialFingerprints: Record<string, string>;
  baselineState?: string;
  locations: Array<{physicalLocation: {artifactLocation: {uri: string; uriBaseId?: string}; region: {startLine: number}}}>;
}

const results = (stdout: string): SarifResult[] => JSON.parse(stdout).runs[0].results;

describe('SARIF for code scanning', () => {
  const validate = addFormats(new Ajv({allErrors: true, strict: false})).compile(schema);
  it('validates against the SARIF 2.1.0 schema, with findings, a skipped file and a file not checked', () => {
    const dir = tree({'.git/HEAD': '', 'desk/seed.md': seed, 'desk/big.md': paragraph.repeat(60), 'desk/photo.md': new Uint8Array([0x41, 0, 0x42]), 'my drafts/x#1.md': paragraph});
    const out = run(dir, ['check', '--format', 'sarif', '--max-file-size', '4000', 'desk', 'my drafts']);
    assert.equal(out.status, 2, out.stderr);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed SARIF log, checked by the schema
    const log: any = JSON.parse(out.stdout);
    assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));
    assert.ok(log.runs[0].results.length >= 5, `${log.runs[0].results.length} results`);
    assert.equal(log.runs[0].invocations[0].toolExecutionNotifications.length, 2);
    assert.deepEqual(log.runs[0].tool.driver.rules.map((r: {id: string}) => r.id), [...ruleIds]);
  });
  it('validates with no findings at all', () => {
    const dir = tree({'clean.md': 'The council met on Tuesday.\n'});
    const out = run(dir, ['check', '--format', 'sarif']);
    assert.equal(out.status, 0);
    assert.ok(validate(JSON.parse(out.stdout)), JSON.stringify(validate.errors));
  });
  it('keeps partialFingerprints when the paragraph changes elsewhere, and changes them when the flagged words do', () => {
    const fingerprint = (text: string) => {
      const dir = tree({'story.md': text});
      const found = results(run(dir, ['check', '--format', 'sarif']).stdout).filter((r) => r.ruleId === 'unsourced-figure');
      assert.equal(found.length, 1, text);
      return found[0].partialFingerprints['sourcedFindingHash/v1'];
    };
    const before = fingerprint(paragraph);
    assert.match(before, /^[0-9a-f]{32}:1$/);
    assert.equal(fingerprint(`# Storm\n\nA new first paragraph.\n\n${paragraph.replace('on Monday', 'on Monday night').replace('for a week', 'for ten days')}`), before);
    assert.notEqual(fingerprint(paragraph.replace('1,140', '1,150')), before);
  });
  it('gives URIs relative to the repository root when run from a subfolder, or to --base', () => {
    const dir = tree({'.git/HEAD': '', 'desk/story.md': paragraph});
    const fromDesk = results(run(path.join(dir, 'desk'), ['check', '--format', 'sarif']).stdout)[0].locations[0].physicalLocation.artifactLocation;
    assert.deepEqual(fromDesk, {uri: 'desk/story.md', uriBaseId: '%SRCROOT%'});
    const based = results(run(path.join(dir, 'desk'), ['check', '--format', 'sarif', '--base', '.']).stdout)[0].locations[0].physicalLocation.artifactLocation;
    assert.deepEqual(based, {uri: 'story.md', uriBaseId: '%SRCROOT%'});
  });
});

describe('baseline', () => {
  it('records today’s findings; later only new ones count and fail, and old ones are reported as baselined', () => {
    const dir = tree({'.git/HEAD': '', '.sourced.json': '{"rules": {"unsourced-figure": "error"}}', 'desk/story.md': paragraph});
    const write = run(path.join(dir, 'desk'), ['check', '--write-baseline', '../ci/baseline.json']);
    assert.equal(write.status, 1, 'the run that writes the baseline still reports its errors');
    const baseline = JSON.parse(readFileSync(path.join(dir, 'ci', 'baseline.json'), 'utf8'));
    assert.equal(baseline.version, 1);
    assert.deepEqual(baseline.findings.map((f: {path: string; ruleId: string}) => [f.path, f.ruleId]), [['desk/story.md', 'unsourced-figure']]);

    // The same finding, after edits elsewhere in its paragraph, run from the repository root: baselined, exit 0.
    writeFileSync(path.join(dir, 'desk', 'story.md'), paragraph.replace('for a week', 'until Friday'));
    const same = run(dir, ['check', '--format', 'json', '--baseline', 'ci/baseline.json']);
    assert.equal(same.status, 0, same.stdout + same.stderr);
    const [file] = JSON.parse(same.stdout);
    assert.deepEqual([file.errorCount, file.baselinedCount, file.messages[0].baselined], [0, 1, true]);
    assert.match(run(dir, ['check', '--baseline', 'ci/baseline.json']).stdout, /unsourced-figure {2}\(baseline\)$/m);

    // A new unsourced figure fails the run; the old one is still baselined.
    writeFileSync(path.join(dir, 'desk', 'story.md'), `${paragraph}\nThe flood displaced 3,000 people.\n`);
    const added = run(dir, ['check', '--format', 'sarif', '--baseline', 'ci/baseline.json']);
    assert.equal(added.status, 1);
    assert.deepEqual(results(added.stdout).map((r) => r.baselineState), ['unchanged', 'new']);
  });
  it('refuses a file that is not a baseline', () => {
    const dir = tree({'a.md': paragraph, 'b.json': '{"findings": 3}'});
    const out = run(dir, ['check', '--baseline', 'b.json', 'a.md']);
    assert.equal(out.status, 2);
    assert.match(out.stderr, /^sourced: error: invalid baseline: .* \(b\.json\)\n$/);
  });
});

describe('small things a CI engineer notices', () => {
  it('--quiet does not call a run with hidden warnings clean', () => {
    const dir = tree({'a.md': paragraph});
    const out = run(dir, ['check', '--quiet']);
    assert.equal(out.status, 0);
    assert.equal(out.stdout, '✔ No errors in 1 file (1 warning or info finding not shown: --quiet)\n');
  });
  it('explain prints a rule’s bundled documentation; an unknown rule is a usage error', () => {
    const dir = tree({});
    const out = run(dir, ['explain', 'hedging']);
    assert.equal(out.status, 0);
    assert.equal(out.stdout, readFileSync(path.join(__dirname, '..', '..', 'docs', 'rules', 'hedging.md'), 'utf8'));
    const bad = run(dir, ['explain', 'hedge']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown rule "hedge"/);
  });
  it('--help gives examples', () => {
    const help = run(tmpdir(), ['--help']).stdout;
    assert.match(help, /^Examples:$/m);
    assert.match(help, /sourced check --baseline/);
    assert.match(help, /sourced explain unsourced-figure/);
  });
});
