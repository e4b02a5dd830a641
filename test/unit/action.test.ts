// The GitHub Action run locally: scripts/action.js with the env action.yml passes and a fake $GITHUB_STEP_SUMMARY
// and $GITHUB_OUTPUT, on a temporary repository; plus the action.yml and .pre-commit-hooks.yaml wiring.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import * as path from 'node:path';
import {after, describe, it} from 'node:test';

const repo = path.join(__dirname, '..', '..');
const folders: string[] = [];
after(() => {
  for (const dir of folders) rmSync(dir, {recursive: true, force: true});
});

/** A temporary newsroom repository whose config makes unsourced figures errors. */
function newsroom(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourced-action-'));
  folders.push(dir);
  const files: Record<string, string> = {
    '.git/HEAD': '',
    '.sourced.json': '{"rules": {"unsourced-figure": "error"}}',
    'desk/story.md': 'The storm hit on Monday. It resulted in 1,140 casualties.\n',
    'desk/clean.md': 'The council met on Tuesday.\n',
    'archive/old.md': 'Sources say the deal could be signed next week.\n',
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Run the Action's script as its composite step does. */
function runAction(cwd: string, inputs: Record<string, string>) {
  const summary = path.join(cwd, '..', `${path.basename(cwd)}-summary.md`);
  const output = path.join(cwd, '..', `${path.basename(cwd)}-output.txt`);
  folders.push(summary, output);
  const env: Record<string, string> = {PATH: process.env.PATH ?? '', GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output};
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] = value;
  const result = spawnSync(process.execPath, [path.join(repo, 'scripts', 'action.js')], {cwd, env, encoding: 'utf8'});
  return {...result, summary: existsSync(summary) ? readFileSync(summary, 'utf8') : '', output: existsSync(output) ? readFileSync(output, 'utf8') : ''};
}

describe('GitHub Action (scripts/action.js)', () => {
  it('annotates, writes SARIF and a job summary table, and fails on errors', () => {
    const dir = newsroom();
    const run = runAction(dir, {paths: 'desk\n!desk/clean.md', format: 'github', 'sarif-file': 'reports/sourced.sarif'});
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^::error file=desk\/story\.md,line=1,col=\d+,endLine=1,endColumn=\d+,title=unsourced-figure::Figure "1,140" has no source/m);
    const log = JSON.parse(readFileSync(path.join(dir, 'reports', 'sourced.sarif'), 'utf8'));
    assert.deepEqual(log.runs[0].results.map((r: {ruleId: string}) => r.ruleId), ['unsourced-figure']);
    assert.match(run.summary, /^## Sourced: attribution check$/m);
    assert.match(run.summary, /^✖ failed: errors, or more warnings than allowed\. 1 file: 1 error, 0 warnings, 0 info, 0 baselined\.$/m);
    assert.match(run.summary, /^\| File \| Errors \| Warnings \| Info \| Baselined \| Note \|$/m);
    assert.match(run.summary, /^\| desk\/story\.md \| 1 \| 0 \| 0 \| 0 \|  \|$/m);
    assert.equal(run.output, 'sarif-file=reports/sourced.sarif\nexit-code=1\n');
  });
  it('lets a baseline pass the known findings, and --max-warnings fail on warnings', () => {
    const dir = newsroom();
    const written = spawnSync(process.execPath, [path.join(repo, 'dist', 'cli.js'), 'check', '--write-baseline', 'baseline.json', 'desk'], {cwd: dir, encoding: 'utf8'});
    assert.equal(written.status, 1);
    const baselined = runAction(dir, {paths: 'desk', baseline: 'baseline.json'});
    assert.equal(baselined.status, 0, baselined.stdout + baselined.stderr);
    assert.match(baselined.stdout, /^::notice file=desk\/story\.md,.*title=unsourced-figure \(baseline\)::/m);
    assert.match(baselined.summary, /^✔ passed\. 2 files: 0 errors, 0 warnings, 0 info, 1 baselined\.$/m);
    const strict = runAction(dir, {paths: 'archive', 'max-warnings': '0', format: 'stylish'});
    assert.equal(strict.status, 1);
    assert.match(strict.stdout, /archive\/old\.md:1:1 .*vague-attribution/);
    assert.match(strict.stderr, /1 warning, more than --max-warnings 0/);
  });
  it('refuses a format it cannot show', () => {
    const run = runAction(newsroom(), {format: 'sarif'});
    assert.equal(run.status, 2);
    assert.match(run.stdout, /^::error title=sourced::format must be github or stylish/);
  });
});

describe('action.yml and .pre-commit-hooks.yaml', () => {
  const action = readFileSync(path.join(repo, 'action.yml'), 'utf8');
  it('is a composite action with the inputs the script reads, each passed through as INPUT_*', () => {
    assert.match(action, /^runs:\n {2}using: composite$/m);
    const inputs = [...action.slice(action.indexOf('\ninputs:'), action.indexOf('\noutputs:')).matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]);
    assert.deepEqual(inputs, ['paths', 'format', 'config', 'max-warnings', 'baseline', 'sarif-file']);
    for (const name of inputs) {
      assert.ok(action.includes(`INPUT_${name.toUpperCase().replace(/-/g, '_')}: \${{ inputs.${name} }}`), name);
    }
    assert.match(action, /run: node "\$GITHUB_ACTION_PATH\/scripts\/action\.js"/);
  });
  it('gives pre-commit a node hook on Markdown files whose entry is the package bin', () => {
    const hooks = readFileSync(path.join(repo, '.pre-commit-hooks.yaml'), 'utf8');
    assert.match(hooks, /^- id: sourced$/m);
    assert.match(hooks, /^ {2}entry: sourced check$/m);
    assert.match(hooks, /^ {2}language: node$/m);
    assert.match(hooks, /^ {2}files: \\\.\(md\|markdown\)\$$/m);
    assert.equal(JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).bin.sourced, 'dist/cli.js');
  });
});
