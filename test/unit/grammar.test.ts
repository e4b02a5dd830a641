// The directive injection grammar, checked with vscode-tmgrammar-test against a minimal Markdown host grammar, wired
// exactly as package.json contributes it (path, scopeName, injectTo).
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';

const fixtures = 'test/fixtures/grammar';
const host = join(fixtures, 'markdown-host.tmLanguage.json');
const runner = require.resolve('vscode-tmgrammar-test/dist/unit.js');
/** VS Code 1.100.3's own Markdown grammar, present once `npm run test:e2e` has installed code-server. */
const realMarkdown =
  '.e2e/host/node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json';

/**
 * Run the grammar test tool on `pattern` (from the repository root) with the host grammar plus the grammars
 * package.json contributes, and return its exit code and output.
 */
function runGrammarTests(pattern: string, hostGrammar = host): {status: number | null; output: string} {
  const args = [runner, '--compact', '--grammar', hostGrammar, '--config', 'package.json', pattern];
  const child = spawnSync(process.execPath, args, {encoding: 'utf8'});
  return {status: child.status, output: `${child.stdout}${child.stderr}`};
}

describe('sourced-directives injection grammar', () => {
  it('passes every scope assertion in the fixtures', () => {
    const {status, output} = runGrammarTests(`${fixtures}/*.test.md`);
    assert.equal(status, 0, output);
    assert.match(output, /directives\.test\.md run successfuly/);
  });

  it('passes the same fixtures over VS Code\'s real Markdown grammar', {skip: !existsSync(realMarkdown) && 'no code-server'}, () => {
    const {status, output} = runGrammarTests(`${fixtures}/*.test.md`, realMarkdown);
    assert.equal(status, 0, output);
    assert.match(output, /directives\.test\.md run successfuly/);
  });

  it('fails on a wrong assertion (the runner really checks)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourced-grammar-'));
    try {
      const testCase = join(dir, 'wrong.test.md');
      writeFileSync(
        testCase,
        [
          '<!-- SYNTAX TEST "text.html.markdown" "a deliberately wrong assertion"',
          '<!-- sourced-enable -->',
          '<!-- ^^^^^^^^^^^^^^ invalid.illegal.directive.sourced',
          '',
        ].join('\n'),
      );
      const {status, output} = runGrammarTests(testCase);
      assert.notEqual(status, 0, output);
      assert.match(output, /invalid\.illegal\.directive\.sourced/);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });

  it('is an injection into Markdown that outranks the host grammar and skips code', () => {
    const grammar = JSON.parse(readFileSync('syntaxes/sourced-directives.injection.json', 'utf8'));
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
    const contributed = manifest.contributes.grammars.find(
      (g: {path: string}) => g.path.replace(/^\.\//, '') === 'syntaxes/sourced-directives.injection.json',
    );
    assert.deepEqual(contributed?.injectTo, ['text.html.markdown']);
    assert.equal(grammar.scopeName, contributed?.scopeName);
    const [first, ...exclusions] = String(grammar.injectionSelector).split(' ');
    assert.equal(first, 'L:text.html.markdown');
    assert.deepEqual(exclusions, ['-markup.fenced_code', '-markup.inline.raw', '-markup.raw']);
  });
});
