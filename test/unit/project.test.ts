// The shared project module (src/project): JSONC parsing, nested configs and `root`, the repository boundary, and
// draft selection with .gitignore and `!negated` globs, on real temporary folders.
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import * as path from 'node:path';
import {after, describe, it} from 'node:test';
import {ConfigFileError, parseConfigFile, parseJsonc} from '../../src/project/config.js';
import {excludedGlob, isMarkdownPath, markdownGlob} from '../../src/project/selection.js';
import {fileSystemProject, findRepositoryRoot, markdownFilesIn} from '../../src/project/node.js';

const folders: string[] = [];
after(() => {
  for (const dir of folders) rmSync(dir, {recursive: true, force: true});
});

/** A temporary folder holding `files` (a name ending in `/` makes an empty folder). */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourced-project-'));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    if (name.endsWith('/')) {
      mkdirSync(file, {recursive: true});
      continue;
    }
    mkdirSync(path.dirname(file), {recursive: true});
    writeFileSync(file, content);
  }
  return dir;
}

function syntaxError(text: string): {offset: number; message: string} {
  try {
    parseJsonc(text);
  } catch (error) {
    assert.ok(error instanceof SyntaxError);
    return {offset: (error as SyntaxError & {offset: number}).offset, message: error.message};
  }
  assert.fail(`expected a syntax error in ${text}`);
}

describe('parseJsonc (jsonc-parser)', () => {
  it('agrees with JSON.parse on JSON and accepts comments', () => {
    for (const text of ['{}', '[]', '0', '-1.5e+3', '"a\\u00e9\\n"', '{"a": [1, true, false, null, {"b": "c"}]}']) {
      assert.deepEqual(parseJsonc(text), JSON.parse(text), text);
    }
    assert.deepEqual(parseJsonc('{\n  // the desk is strict\n  "rules": {"hedging": /* inline */ "error"}\n}'), {rules: {hedging: 'error'}});
  });
  it('points at the first problem with a message a writer can act on', () => {
    assert.deepEqual(syntaxError('{"a": 1,}'), {offset: 8, message: 'trailing comma before "}"'});
    assert.deepEqual(syntaxError('[1,]'), {offset: 3, message: 'trailing comma before "]"'});
    assert.deepEqual(syntaxError('{"a" 1}'), {offset: 5, message: 'expected ":" but found "1"'});
    assert.equal(syntaxError('{"a": "x').message, 'unterminated string');
    assert.equal(syntaxError('{} x').offset, 3);
    assert.equal(syntaxError('').message, 'unexpected end of file; expected a value');
    assert.equal(syntaxError('{"a": 1 "b": 2}').message, 'expected "," but found ""b""');
  });
  it('keeps "__proto__" as data and refuses hostile nesting', () => {
    const value = parseJsonc('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    assert.deepEqual(Object.keys(value), ['__proto__']);
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
    assert.equal((value as {polluted?: unknown}).polluted, undefined);
    assert.match(syntaxError('['.repeat(10_000)).message, /nesting deeper than 64 levels/);
  });
  it('reports line and column, and the key of an invalid setting', () => {
    assert.throws(() => parseConfigFile('x', '{\n  "rules": {\n    "hedging": "off",\n  }\n}'), (e: ConfigFileError) => e.kind === 'syntax' && e.position?.line === 4 && e.position.column === 3);
    assert.throws(() => parseConfigFile('x', '{"root": "yes"}'), (e: ConfigFileError) => e.kind === 'invalid' && e.key === 'root');
  });
});

describe('nested configs', () => {
  it('extend the one above: the desk adds to the newsroom and keeps its error gate', async () => {
    const dir = tree({
      '.git/': '',
      '.sourced.json': '{"rules": {"unsourced-figure": "error"}, "risk": {"low": "info"}, "trustedSources": ["Reuters"]}',
      'desk/.sourced.json': '// desk\n{"rules": {"hedging": "off"}, "risk": {"high": "error"}, "trustedSources": ["AP"]}',
    });
    const {config, files} = await fileSystemProject().configs.forFolder(path.join(dir, 'desk'));
    assert.deepEqual(files, [path.join(dir, '.sourced.json'), path.join(dir, 'desk', '.sourced.json')]);
    assert.deepEqual(config.rules, {'unsourced-figure': 'error', hedging: 'off'});
    assert.deepEqual(config.risk, {high: 'error', medium: 'warning', low: 'info'});
    assert.deepEqual(config.trustedSources, ['Reuters', 'AP']);
  });
  it('stop at "root": true', async () => {
    const dir = tree({'.git/': '', '.sourced.json': '{"rules": {"unsourced-figure": "error"}}', 'desk/.sourced.json': '{"root": true, "rules": {"hedging": "off"}}'});
    const {config, files} = await fileSystemProject().configs.forFolder(path.join(dir, 'desk'));
    assert.deepEqual(files, [path.join(dir, 'desk', '.sourced.json')]);
    assert.deepEqual(config.rules, {hedging: 'off'});
  });
  it('are never read above the repository root', async () => {
    const dir = tree({'.sourced.json': '{"rules": {"hedging": "error"}}', 'repo/.git': 'gitdir: elsewhere\n', 'repo/drafts/': ''});
    assert.equal(await findRepositoryRoot(path.join(dir, 'repo', 'drafts')), path.join(dir, 'repo'));
    const {config, files} = await fileSystemProject().configs.forFolder(path.join(dir, 'repo', 'drafts'));
    assert.deepEqual(files, []);
    assert.deepEqual(config.rules, {});
    // Outside the repository, the same folder's config applies.
    assert.deepEqual((await fileSystemProject().configs.forFolder(dir)).config.rules, {hedging: 'error'});
  });
  it('report a broken parent even when the nearer file is fine', async () => {
    const dir = tree({'.git/': '', '.sourced.json': '{"rules": {"nope": "error"}}', 'desk/.sourced.json': '{}'});
    await assert.rejects(fileSystemProject().configs.forFolder(path.join(dir, 'desk')), (e: ConfigFileError) => e.file === path.join(dir, '.sourced.json') && e.key === 'rules.nope');
  });
});

describe('draft selection', () => {
  /** The drafts selected under a new folder holding `files`, relative to it. */
  const selected = async (files: Record<string, string>) => {
    const dir = tree(files);
    return (await markdownFilesIn(fileSystemProject(), dir, dir)).map((f) => path.relative(dir, f).split(path.sep).join('/'));
  };
  it('finds .md and .markdown in any case, outside node_modules and hidden folders', async () => {
    const found = await selected({'a.md': '', 'B.MD': '', 'c.markdown': '', 'd.txt': '', 'node_modules/x/e.md': '', '.github/f.md': '', 'g/h.md': ''});
    assert.deepEqual(found, ['B.MD', 'a.md', 'c.markdown', 'g/h.md']);
  });
  it('honours .gitignore at every level and !negated patterns', async () => {
    const found = await selected({
      '.git/': '',
      '.gitignore': 'build/\n*.tmp.md\n',
      'build/out.md': '',
      'keep.tmp.md': '',
      'story.md': '',
      'desk/.gitignore': '!special.tmp.md\n',
      'desk/special.tmp.md': '',
      'desk/other.tmp.md': '',
    });
    assert.deepEqual(found, ['desk/special.tmp.md', 'story.md']);
  });
  it('applies ignore globs of every config that applies, each relative to its own file, with ! re-including', async () => {
    const found = await selected({
      '.git/': '',
      '.sourced.json': '{"ignore": ["archive/**", "!archive/2024-keep.md"]}',
      'archive/2019.md': '',
      'archive/2024-keep.md': '',
      'desk/.sourced.json': '{"ignore": ["*.draft.md"]}',
      'desk/a.md': '',
      'desk/b.draft.md': '',
      'c.draft.md': '',
    });
    assert.deepEqual(found, ['archive/2024-keep.md', 'c.draft.md', 'desk/a.md']);
  });
  it('matches a hostile ignore pattern against a long name without backtracking', async () => {
    const found = await selected({'.git/': '', '.sourced.json': JSON.stringify({ignore: [`${'*a'.repeat(10)}b.md`]}), [`${'a'.repeat(200)}.md`]: '', [`${'a'.repeat(20)}b.md`]: ''});
    assert.deepEqual(found, [`${'a'.repeat(200)}.md`]);
  });
  it('gives the extension the same include and exclude globs', () => {
    assert.equal(markdownGlob, '**/*.{md,markdown}');
    assert.equal(excludedGlob, '{**/node_modules/**,**/.*/**,**/.*}');
    assert.ok(isMarkdownPath('file:///w/Story.Markdown') && isMarkdownPath('a\\b.md') && !isMarkdownPath('notes.txt') && !isMarkdownPath('.md'));
  });
});
