// The executable's code cache (src/cli/launch.ts): made once in a private folder, used after, and never trusted
// when it is corrupt or writable by others; the report is the same with or without it.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import * as path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {preloaded} from '../../src/cli/regexp-flag.js';

const cli = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const posix = process.platform !== 'win32';
let root = '';
let draft = '';

/** `node dist/cli.js check --format json draft` with the given cache home (or the cache off). */
function check(cacheHome: string, env: Record<string, string> = {}, nodeArgs: string[] = []): string {
  const child = spawnSync(process.execPath, [...nodeArgs, cli, 'check', '--format', 'json', draft], {
    encoding: 'utf8',
    env: {PATH: process.env.PATH ?? '', HOME: root, XDG_CACHE_HOME: cacheHome, LOCALAPPDATA: cacheHome, ...env},
  });
  assert.ok(child.status === 0 || child.status === 1, child.stderr);
  assert.equal(child.stderr, '');
  return child.stdout;
}

/** The cache files under a cache home. */
function caches(cacheHome: string): string[] {
  const folder = process.platform === 'win32' ? path.join(cacheHome, 'sourced', 'Cache', 'v8') : path.join(cacheHome, 'sourced', 'v8');
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.cache')).map((name) => path.join(folder, name)) : [];
}

describe('code cache of dist/cli.js', {skip: process.platform === 'darwin' ? 'macOS keeps it under ~/Library/Caches' : false}, () => {
  let plain = '';
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'sourced-launch-'));
    draft = path.join(root, 'draft.md');
    writeFileSync(draft, 'Officials said 40 people were hurt. Critics say the plan will reportedly cost $2 billion.\n');
    plain = check(path.join(root, 'off'), {SOURCED_CODE_CACHE: '0'});
  });
  after(() => rmSync(root, {recursive: true, force: true}));

  it('is off with SOURCED_CODE_CACHE=0', () => {
    assert.deepEqual(caches(path.join(root, 'off')), []);
  });

  it('is made by the first check, in a folder and a file only the user can read or write, and used after', () => {
    const home = path.join(root, 'one');
    assert.equal(check(home), plain);
    const [file] = caches(home);
    assert.ok(file, 'a cache was written');
    if (posix) {
      assert.equal(statSync(file).mode & 0o777, 0o600);
      assert.equal(statSync(path.dirname(file)).mode & 0o777, 0o700);
    }
    const made = statSync(file).mtimeMs;
    assert.equal(check(home), plain);
    assert.equal(statSync(file).mtimeMs, made, 'a good cache is not written again');
  });

  it('ignores a corrupt cache and replaces it', () => {
    const home = path.join(root, 'corrupt');
    check(home);
    const [file] = caches(home);
    const bytes = readFileSync(file);
    for (let i = bytes.length >> 2; i < bytes.length; i += 4093) bytes[i] ^= 0x5a;
    writeFileSync(file, bytes);
    assert.equal(check(home), plain);
    assert.notDeepEqual(readFileSync(file), bytes, 'the corrupt cache was replaced');
  });

  it('does not read a cache others can write, and does not write into a folder others can write', {skip: !posix}, () => {
    const home = path.join(root, 'shared');
    check(home);
    const [file] = caches(home);
    chmodSync(file, 0o666);
    assert.equal(check(home), plain);
    assert.equal(statSync(file).mode & 0o777, 0o600, 'the cache others could write was not used but replaced');
    rmSync(file);
    chmodSync(path.dirname(file), 0o777);
    assert.equal(check(home), plain);
    assert.deepEqual(caches(home), [], 'nothing written into a folder others can write');
  });

  it('runs with code preloaded by --require, without the regexp flag or a cache (node 20 crashed with both)', () => {
    const home = path.join(root, 'preload');
    const preload = path.join(root, 'preload.js');
    writeFileSync(preload, "'x'.replace(/^/, '');\n");
    assert.equal(check(home, {}, ['--require', preload]), plain);
    assert.equal(check(home, {NODE_OPTIONS: `--require ${preload}`}), plain);
    assert.deepEqual(caches(home), []);
  });
});

describe('preloaded', () => {
  it('sees --require, -r, --import and --loader on the command line or in NODE_OPTIONS', () => {
    assert.equal(preloaded([], ''), false);
    assert.equal(preloaded(['--max-old-space-size=4096', '--inspect'], '--no-warnings'), false);
    assert.equal(preloaded(['-r', 'x.js'], ''), true);
    assert.equal(preloaded(['--require=x.js'], ''), true);
    assert.equal(preloaded([], '--no-warnings  --import tsx'), true);
    assert.equal(preloaded([], '--experimental-loader=./l.mjs'), true);
    assert.equal(preloaded(['--requirement'], ''), false);
  });
});
