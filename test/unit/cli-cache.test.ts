// `--cache`: the same reports as without it; a change of content, config or Sourced re-lints; a bad cache is discarded.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import * as path from 'node:path';
import {after, describe, it} from 'node:test';
import {defaultConfig, resolveConfig, ruleIds} from '../../src/core/index.js';
import {configHash, LintCache} from '../../src/cli/cache.js';
import {realFs} from '../../src/cli/files.js';
import {lintTask} from '../../src/cli/lint-file.js';
import {materialise} from '../fixtures/cli/scenarios.js';

const repo = path.join(__dirname, '..', '..');
const cli = path.join(repo, 'dist', 'cli.js');
const newsDir = path.join(repo, 'test', 'corpus', 'news');

function drafts(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(newsDir).filter((n) => n.endsWith('.md')).slice(0, 6)) files[`news/${name}`] = readFileSync(path.join(newsDir, name), 'utf8');
  files['toll.md'] = 'It resulted in 1,140 casualties.\n';
  files['hedge.md'] = 'The mayor will presumably resign.\n';
  return files;
}

function run(args: string[], cwd: string) {
  const child = spawnSync(process.execPath, [cli, ...args], {cwd, encoding: 'utf8', env: {PATH: process.env.PATH ?? ''}});
  return {exit: child.status, stdout: child.stdout, stderr: child.stderr};
}

const check = ['check', '--format', 'json', '.'];
const cached = ['check', '--cache', '--format', 'json', '.'];

describe('--cache', () => {
  const dirs: string[] = [];
  const fresh = () => {
    const dir = materialise(drafts());
    dirs.push(dir);
    return dir;
  };
  after(() => dirs.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

  it('gives the reports of a run without it, on the first run and from the cache', () => {
    const dir = fresh();
    const plain = run(check, dir);
    assert.equal(plain.exit, 0);
    assert.ok(JSON.parse(plain.stdout).some((r: {messages: unknown[]}) => r.messages.length > 0));
    const first = run(cached, dir);
    assert.ok(existsSync(path.join(dir, '.sourcedcache')));
    const second = run(cached, dir);
    assert.deepEqual(first, plain);
    assert.deepEqual(second, plain);
    const stylish = run(['check', '.'], dir);
    assert.deepEqual(run(['check', '--cache', '.'], dir), stylish);
  });

  it('answers from the cache: an entry is what the next run reports', () => {
    const dir = fresh();
    run(cached, dir);
    const file = path.join(dir, '.sourcedcache');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const toll = path.join(dir, 'toll.md');
    assert.equal(data.entries[toll].outcome.messages[0].ruleId, 'unsourced-figure');
    // Edit the cached entry (keeping its shape): the next run reports the edited message, so it read the cache.
    data.entries[toll].outcome.messages[0].message = 'from the cache';
    writeFileSync(file, JSON.stringify(data));
    assert.match(run(cached, dir).stdout, /from the cache/);
  });

  it('re-lints a draft whose content changed, and only that one', () => {
    const dir = fresh();
    run(cached, dir);
    const file = path.join(dir, '.sourcedcache');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    for (const entry of Object.values(data.entries) as Array<{outcome: {messages: Array<{message: string}>}}>) for (const m of entry.outcome.messages) m.message = 'stale';
    writeFileSync(file, JSON.stringify(data));
    writeFileSync(path.join(dir, 'toll.md'), 'It resulted in 1,141 casualties.\n');
    const out = JSON.parse(run(cached, dir).stdout) as Array<{filePath: string; messages: Array<{message: string}>}>;
    const toll = out.find((r) => r.filePath.endsWith('toll.md'))!;
    assert.match(toll.messages[0].message, /"1,141"/);
    assert.equal(out.find((r) => r.filePath.endsWith('hedge.md'))!.messages[0].message, 'stale');
  });

  it('re-lints when the config changes', () => {
    const dir = fresh();
    const before = run(cached, dir);
    assert.match(before.stdout, /"hedging"/);
    writeFileSync(path.join(dir, '.sourced.json'), '{"rules": {"hedging": "off"}}');
    const after = run(cached, dir);
    assert.deepEqual(after, run(check, dir));
    assert.doesNotMatch(after.stdout, /"hedging"/);
  });

  it('discards a cache written by another version of Sourced, with a notice', () => {
    const dir = fresh();
    const plain = run(check, dir);
    run(cached, dir);
    const file = path.join(dir, '.sourcedcache');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.sourced = '0.0.1';
    for (const entry of Object.values(data.entries) as Array<{outcome: {messages: unknown[]}}>) entry.outcome.messages = [];
    writeFileSync(file, JSON.stringify(data));
    const result = run(cached, dir);
    assert.match(result.stderr, /was written by another version of Sourced \(0\.0\.1\) and was discarded/);
    assert.equal(result.stdout, plain.stdout);
    assert.equal(result.exit, plain.exit);
    // …and rewrites it for this version.
    assert.notEqual(JSON.parse(readFileSync(file, 'utf8')).sourced, '0.0.1');
  });

  for (const [name, content] of [
    ['not JSON', '{"format": "sourced-cache/1", '],
    ['not UTF-8', '\xff\xfe'],
    ['the wrong shape', '{"format": "sourced-cache/1", "sourced": "x", "entries": []}'],
    ['a message of the wrong shape', 'ENTRY'],
  ] as Array<[string, string]>) {
    it(`discards a corrupt cache (${name}) with a notice and runs correctly`, () => {
      const dir = fresh();
      const plain = run(check, dir);
      const file = path.join(dir, '.sourcedcache');
      if (content === 'ENTRY') {
        run(cached, dir);
        const data = JSON.parse(readFileSync(file, 'utf8'));
        (Object.values(data.entries)[0] as {outcome: {messages: unknown[]}}).outcome.messages = [{ruleId: 'hedging', severity: 'warning', message: 'x', line: 0, column: 1, endLine: 1, endColumn: 2}];
        writeFileSync(file, JSON.stringify(data));
      } else {
        writeFileSync(file, Buffer.from(content, 'latin1'));
      }
      const result = run(cached, dir);
      assert.match(result.stderr, /the cache .*\.sourcedcache is corrupt and was discarded/);
      assert.equal(result.stdout, plain.stdout);
      assert.equal(result.exit, plain.exit);
      // The next run trusts the rewritten file and is quiet.
      assert.deepEqual(run(cached, dir), plain);
    });
  }

  it('--cache-location names the file, or a folder to keep .sourcedcache in', () => {
    const dir = fresh();
    const plain = run(check, dir);
    assert.deepEqual(run(['check', '--cache', '--cache-location', 'ci/sourced.cache', '--format', 'json', '.'], dir), plain);
    mkdirSync(path.join(dir, 'caches'));
    assert.deepEqual(run(['check', '--cache', '--cache-location', 'caches', '--format', 'json', '.'], dir), plain);
    assert.ok(existsSync(path.join(dir, 'caches', '.sourcedcache')));
    assert.ok(existsSync(path.join(dir, 'ci', 'sourced.cache')));
  });

  it('with --jobs and many files, gives the same reports as one thread without cache', () => {
    const files: Record<string, string> = {};
    for (const name of readdirSync(newsDir).filter((n) => n.endsWith('.md')).slice(0, 20)) files[name] = readFileSync(path.join(newsDir, name), 'utf8');
    const dir = materialise(files);
    dirs.push(dir);
    const plain = run(['check', '--jobs', '1', '--format', 'json', '.'], dir);
    assert.deepEqual(run(['check', '--jobs', '2', '--cache', '--format', 'json', '.'], dir), plain);
    writeFileSync(path.join(dir, Object.keys(files)[4]), 'It resulted in 1,140 casualties.\n');
    const changed = run(['check', '--jobs', '1', '--format', 'json', '.'], dir);
    assert.notDeepEqual(changed, plain);
    assert.deepEqual(run(['check', '--jobs', '2', '--cache', '--format', 'json', '.'], dir), changed);
  });
});

describe('LintCache', () => {
  const dir = materialise({});
  after(() => rmSync(dir, {recursive: true, force: true}));
  const text = 'It resulted in 1,140 casualties.\n';

  it('keys entries by content, config and version', async () => {
    const file = path.join(dir, 'keys.cache');
    const notices: string[] = [];
    const cache = await LintCache.open(realFs, file, '1.0.0', (n) => notices.push(n));
    const outcome = lintTask({text, config: defaultConfig, fix: false, inlineConfig: true});
    cache.set('/d/a.md', text, defaultConfig, outcome);
    assert.deepEqual(cache.get('/d/a.md', text, defaultConfig, false), outcome);
    assert.equal(cache.get('/d/a.md', `${text} `, defaultConfig, false), undefined);
    assert.equal(cache.get('/d/b.md', text, defaultConfig, false), undefined);
    const off = resolveConfig({rules: {'unsourced-figure': 'off'}}, ruleIds);
    assert.equal(cache.get('/d/a.md', text, off, false), undefined);
    await cache.save();
    const again = await LintCache.open(realFs, file, '1.0.0', (n) => notices.push(n));
    assert.deepEqual(again.get('/d/a.md', text, defaultConfig, false), outcome);
    assert.equal(notices.length, 0);
    const other = await LintCache.open(realFs, file, '1.0.1', (n) => notices.push(n));
    assert.equal(other.get('/d/a.md', text, defaultConfig, false), undefined);
    assert.equal(notices.length, 1);
  });

  it('hashes equal configs alike whatever their key order, and different ones apart', () => {
    const a = resolveConfig({rules: {hedging: 'off', 'unsourced-figure': 'error'}}, ruleIds);
    const b = resolveConfig({rules: {'unsourced-figure': 'error', hedging: 'off'}}, ruleIds);
    assert.equal(configHash(a), configHash(b));
    assert.notEqual(configHash(a), configHash(defaultConfig));
    assert.notEqual(configHash(resolveConfig({trustedSources: ['Reuters']}, ruleIds)), configHash(defaultConfig));
  });

  it('keeps no errors', async () => {
    const cache = await LintCache.open(realFs, path.join(dir, 'errors.cache'), '1', () => undefined);
    cache.set('/d/a.md', text, defaultConfig, {error: 'boom'});
    assert.equal(cache.get('/d/a.md', text, defaultConfig, false), undefined);
  });
});
