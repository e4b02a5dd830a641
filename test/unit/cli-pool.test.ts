// `--jobs`: the worker pool's reports are byte-identical to one thread's, in the same order, errors included.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import * as path from 'node:path';
import {after, describe, it} from 'node:test';
import {main} from '../../src/cli/main.js';
import {lockedFs} from '../helpers/locked-fs.js';
import {workerScript} from '../../src/cli/pool.js';
import {materialise} from '../fixtures/cli/scenarios.js';

const repo = path.join(__dirname, '..', '..');
const cli = path.join(repo, 'dist', 'cli.js');
const newsDir = path.join(repo, 'test', 'corpus', 'news');

/** Real published articles (with findings and without), a draft over the size limit, a CRLF one, one with a BOM. */
function draftSet(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  // (Twelve that editors labelled a problem in and four they did not, in name order, so the set keeps its mix as
  // articles are added to the folder.)
  const names = readdirSync(newsDir).filter((n) => n.endsWith('.md') && n !== 'README.md').sort();
  const labelled = (n: string): boolean => /<!-- expect:/.test(readFileSync(path.join(newsDir, n), 'utf8'));
  for (const name of [...names.filter(labelled).slice(0, 12), ...names.filter((n) => !labelled(n)).slice(0, 4)]) {
    files[`news/${name}`] = readFileSync(path.join(newsDir, name), 'utf8');
  }
  files['big.md'] = `It resulted in 1,140 casualties.\n\n${'word '.repeat(5000)}\n`;
  files['crlf.md'] = 'Police said 12 people were hurt.\r\n\r\nAround 250 people were moved to shelters.\r\n';
  files['bom.md'] = '\ufeffHopes were raised that the talks would resume.\n';
  files['clean.md'] = 'The council met on Tuesday.\n';
  return files;
}

const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

function run(args: string[], cwd: string) {
  const child = spawnSync(process.execPath, [cli, ...args], {cwd, encoding: 'utf8', env: {PATH: process.env.PATH ?? ''}});
  return {exit: child.status, stdout: child.stdout, stderr: child.stderr};
}

async function inProcess(args: string[], cwd: string, unreadable: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const exit = await main({argv: args, cwd, stdout: {write: (t: string) => out.push(t)}, stderr: {write: (t: string) => err.push(t)}, fs: lockedFs(unreadable)});
  return {exit, stdout: out.join(''), stderr: err.join('')};
}

describe('--jobs: the worker pool (dist/cli.js and dist/lint-worker.js)', () => {
  const dir = materialise(draftSet());
  const withBinary = materialise({...draftSet(), 'm-photo.md': binary});
  after(() => {
    rmSync(dir, {recursive: true, force: true});
    rmSync(withBinary, {recursive: true, force: true});
  });

  it('is built as its own bundle', () => {
    assert.ok(existsSync(path.join(repo, 'dist', 'lint-worker.js')), 'dist/lint-worker.js is missing: run node esbuild.js');
    assert.equal(workerScript(), path.join(repo, 'dist', 'lint-worker.js'));
  });

  for (const format of ['json', 'stylish']) {
    it(`reports byte-identical to --jobs 1, in the same order (${format})`, () => {
      const args = ['check', '--format', format, '--max-file-size', '20000', '--allow-skipped', '.'];
      const one = run(['--jobs', '1', ...args], dir);
      const two = run(['--jobs', '2', ...args], dir);
      assert.equal(one.stderr, '');
      assert.equal(one.exit, 0);
      assert.deepEqual(two, one);
      if (format === 'json') {
        const reports = JSON.parse(one.stdout) as Array<{filePath: string; messages: unknown[]; skipped?: string}>;
        const names = reports.map((r) => path.relative(dir, r.filePath));
        assert.equal(names.length, Object.keys(draftSet()).length);
        assert.deepEqual(names, [...names].sort());
        assert.ok(reports.filter((r) => r.messages.length > 0).length >= 10, 'most drafts have findings');
        assert.match(reports.find((r) => r.filePath.endsWith('big.md'))?.skipped ?? '', /above the 19.5 KB limit/);
      }
    });
  }

  it('reports a binary file as not checked, checks the others, and exits 2, as one thread does', () => {
    const one = run(['check', '--jobs', '1', '--format', 'json', '--allow-skipped', '.'], withBinary);
    const two = run(['check', '--jobs', '2', '--format', 'json', '--allow-skipped', '.'], withBinary);
    assert.equal(one.exit, 2);
    const reports = JSON.parse(one.stdout) as Array<{filePath: string; error?: string; messages: unknown[]}>;
    assert.match(reports.find((r) => r.filePath.endsWith('m-photo.md'))?.error ?? '', /binary file, not a text draft/);
    assert.ok(reports.filter((r) => r.messages.length > 0).length >= 10, 'the other drafts are still checked');
    assert.deepEqual(two, one);
  });

  it('reports an unreadable file as one thread does (in-process, with the pool)', async () => {
    const locked = [path.join(dir, 'news', readdirSync(path.join(dir, 'news'))[3])];
    const one = await inProcess(['check', '--jobs', '1', '--format', 'json', '--allow-skipped', '.'], dir, locked);
    const two = await inProcess(['check', '--jobs', '2', '--format', 'json', '--allow-skipped', '.'], dir, locked);
    assert.equal(one.exit, 2);
    assert.match(one.stdout, /cannot read file: permission denied/);
    assert.deepEqual(two, one);
  });

  it('in-process reports equal the spawned ones', async () => {
    const args = ['check', '--jobs', '2', '--format', 'json', '--max-file-size', '20000', '--allow-skipped', '.'];
    assert.deepEqual(await inProcess(args, dir, []), run(args, dir));
  });
});
