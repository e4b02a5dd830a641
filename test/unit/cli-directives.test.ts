// Inline directives through the built CLI (`node dist/cli.js`): blank lines after disable-next-line, unknown rule ids,
// unclosed regions, directives that silence nothing, accepted findings, and --no-inline-config.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import * as path from 'node:path';
import {after, describe, it} from 'node:test';

const cli = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const dir = mkdtempSync(path.join(tmpdir(), 'sourced-directives-'));
after(() => rmSync(dir, {recursive: true, force: true}));

interface JsonMessage {
  ruleId: string;
  line: number;
  message: string;
}

/** Run `sourced check --format json` on one draft; the exit code and the messages as `line rule`. */
function check(name: string, text: string, ...flags: string[]): {exit: number; found: string[]; messages: JsonMessage[]; result: Record<string, unknown>} {
  writeFileSync(path.join(dir, name), text);
  const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...flags, name], {cwd: dir, encoding: 'utf8', env: {PATH: process.env.PATH ?? ''}});
  assert.ok(run.status === 0 || run.status === 1, `exit 0 or 1, not ${run.status}: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as Array<{messages: JsonMessage[]} & Record<string, unknown>>;
  return {exit: run.status ?? -1, found: result.messages.map((m) => `${m.line} ${m.ruleId}`), messages: result.messages, result};
}

const figure = 'The storm destroyed 1,140 homes.\n';

describe('inline directives (spawned dist/cli.js)', () => {
  it('disable-next-line skips blank lines to the next line holding prose', () => {
    const {found} = check('blank.md', `<!-- sourced-disable-next-line unsourced-figure -->\n\n\n${figure}`);
    assert.deepEqual(found, []);
  });

  it('disable-next-line still applies to the line right after it, and only to that line', () => {
    const {found} = check('next.md', `<!-- sourced-disable-next-line unsourced-figure -->\n${figure}\n${figure}`);
    assert.deepEqual(found, ['4 unsourced-figure']);
  });

  it('an unknown rule id is reported and silences nothing', () => {
    const {found, messages} = check('unknown.md', `<!-- sourced-disable-next-line unsourced-figur -->\n${figure}`);
    assert.deepEqual(found, ['1 sourced-directive', '2 unsourced-figure']);
    assert.match(messages[0].message, /Unknown rule "unsourced-figur"/);
  });

  it('an unclosed disable is reported at the directive, and still silences what follows', () => {
    const {found, messages} = check('unclosed.md', `Intro.\n\n<!-- sourced-disable unsourced-figure -->\n\n${figure}`);
    assert.deepEqual(found, ['3 sourced-directive']);
    assert.match(messages[0].message, /never enabled again/);
  });

  it('a closed region that silenced something is not reported', () => {
    const {found} = check('closed.md', `<!-- sourced-disable unsourced-figure -->\n\n${figure}\n<!-- sourced-enable unsourced-figure -->\n\n${figure}`);
    assert.deepEqual(found, ['7 unsourced-figure']);
  });

  it('a directive that suppressed nothing is reported, naming the idle rule', () => {
    const {found, messages} = check('unused.md', `${figure.trim()} <!-- sourced-disable-line unsourced-figure hedging -->\n`);
    assert.deepEqual(found, ['1 sourced-directive']);
    assert.match(messages[0].message, /silenced nothing for "hedging"/);
  });

  it('sourced-directive findings are warnings: --max-warnings 0 fails the run', () => {
    const {exit, found} = check('warn.md', `Calm. <!-- sourced-disable-line -->\n`, '--max-warnings', '0');
    assert.deepEqual(found, ['1 sourced-directive']);
    assert.equal(exit, 1);
  });

  it('--no-inline-config ignores every directive: findings come back, and no directive is reported', () => {
    const text = `<!-- sourced-disable-next-line unsourced-figure -->\n${figure}\n<!-- sourced-disable -->\n\n${figure}\nIt injured 2,400 people. <!-- sourced-accept unsourced-figure "2,400": police, checked -->\n`;
    assert.deepEqual(check('honoured.md', text).found, ['4 sourced-directive']);
    assert.deepEqual(check('ignored.md', text, '--no-inline-config').found, ['2 unsourced-figure', '6 unsourced-figure', '8 unsourced-figure']);
  });

  it('--no-inline-config is for check only', () => {
    writeFileSync(path.join(dir, 's.md'), figure);
    const run = spawnSync(process.execPath, [cli, 'sources', '--no-inline-config', 's.md'], {cwd: dir, encoding: 'utf8'});
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--no-inline-config is for "sourced check"/);
  });
});
