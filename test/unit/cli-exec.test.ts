// The CLI as users run it: the shared scenario table against the built bundle, `node dist/cli.js`, in a child process.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {chmodSync, existsSync, readFileSync, statSync} from 'node:fs';
import * as path from 'node:path';
import {describe, it} from 'node:test';
import {runScenario, scenarios, type Runner} from '../fixtures/cli/scenarios.js';

const cli = path.join(__dirname, '..', '..', 'dist', 'cli.js');
// chmod cannot make a file unreadable for root, so that one row only runs in-process when tests run as root.
const isRoot = process.getuid?.() === 0;

const spawned: Runner = (args, {cwd, stdin, env, unreadable}) => {
  for (const file of unreadable) chmodSync(file, 0o000);
  return new Promise((resolve, reject) => {
    // A clean environment: no NO_COLOR or FORCE_COLOR leaking in from the developer's shell.
    const child = spawn(process.execPath, [cli, ...args], {cwd, env: {PATH: process.env.PATH ?? '', ...env}});
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (exit) => {
      for (const file of unreadable) chmodSync(file, 0o644);
      resolve({exit: exit ?? -1, stdout, stderr});
    });
    child.stdin.end(stdin ?? '');
  });
};

describe('sourced CLI scenarios (spawned dist/cli.js)', () => {
  it('has a built bundle (npm test builds it first)', () => {
    assert.ok(existsSync(cli), `${cli} is missing: run node esbuild.js`);
  });
  for (const scenario of scenarios) {
    const skip = isRoot && scenario.unreadable ? 'running as root: chmod 000 does not stop root reading (covered in-process)' : false;
    it(scenario.name, {skip}, () => runScenario(scenario, spawned));
  }
  it('starts with a shebang and is executable', {skip: process.platform === 'win32'}, () => {
    assert.match(readFileSync(cli, 'utf8'), /^#!\/usr\/bin\/env node\n/);
    assert.ok((statSync(cli).mode & 0o111) !== 0);
  });
});
