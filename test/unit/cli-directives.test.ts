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

  describe('accepted findings are counted apart in every format and never fail a run', () => {
    const accepted = 'It injured 2,400 people. <!-- sourced-accept unsourced-figure "2,400": police statement, checked by the desk -->\n';
    const run = (...args: string[]) => {
      writeFileSync(path.join(dir, '.sourced.json'), JSON.stringify({rules: {'unsourced-figure': 'error'}}));
      writeFileSync(path.join(dir, 'accepted.md'), accepted);
      try {
        return spawnSync(process.execPath, [cli, 'check', ...args, 'accepted.md'], {cwd: dir, encoding: 'utf8', env: {PATH: process.env.PATH ?? ''}});
      } finally {
        rmSync(path.join(dir, '.sourced.json'));
      }
    };

    it('json: no message, one suppressedMessage with the reason as its justification, acceptedCount 1, exit 0', () => {
      const out = run('--format', 'json');
      assert.equal(out.status, 0, 'an accepted error does not fail the run');
      const [result] = JSON.parse(out.stdout);
      assert.deepEqual(result.messages, []);
      assert.equal(result.errorCount, 0);
      assert.equal(result.acceptedCount, 1);
      assert.deepEqual(result.suppressedMessages.map((m: {ruleId: string; line: number; column: number; suppressions: unknown}) => [m.ruleId, m.line, m.column, m.suppressions]),
        [['unsourced-figure', 1, 12, [{kind: 'directive', justification: 'police statement, checked by the desk'}]]]);
    });

    it('sarif: the result carries suppressions [{kind: "inSource", justification}]', () => {
      const out = run('--format', 'sarif');
      assert.equal(out.status, 0);
      const results = JSON.parse(out.stdout).runs[0].results;
      assert.equal(results.length, 1);
      assert.equal(results[0].ruleId, 'unsourced-figure');
      assert.deepEqual(results[0].suppressions, [{kind: 'inSource', justification: 'police statement, checked by the desk'}]);
    });

    it('stylish: no problem line, a summary of no problems and a line counting the accepted finding', () => {
      const out = run();
      assert.equal(out.status, 0);
      assert.equal(out.stdout, '✔ No attribution problems in 1 file\n1 accepted finding (sourced-accept), not counted as problems.\n');
    });

    it('github: a notice titled "(accepted)" with the reason, no error annotation', () => {
      const out = run('--format', 'github');
      assert.equal(out.status, 0);
      assert.equal(out.stdout, '::notice file=accepted.md,line=1,col=12,endLine=1,endColumn=17,title=unsourced-figure (accepted)::Accepted: police statement, checked by the desk. Figure "2,400" has no source: say who counted, measured or estimated it\n');
    });

    it('--no-inline-config: the acceptance is ignored and the error fails the run', () => {
      assert.equal(run('--no-inline-config').status, 1);
    });

    it('changing the accepted words ends the acceptance: the finding returns and the directive is stale', () => {
      const {found, messages} = check('stale.md', accepted.replace('injured 2,400', 'injured 2,500'));
      assert.deepEqual(found, ['1 unsourced-figure', '1 sourced-directive']);
      assert.match(messages[1].message, /no longer occur/);
    });
  });
});
