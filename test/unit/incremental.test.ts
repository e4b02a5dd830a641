// The editor's caching linter must agree with a full lint, finding for finding, after any edit.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {splitChunks} from '../../src/core/chunks.js';
import {createLinter, lint} from '../../src/core/index.js';

const fixtures = path.join(import.meta.dirname, '../fixtures');
const corpus = path.join(import.meta.dirname, '../corpus/drafts');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? markdownFiles(full) : name.endsWith('.md') ? [full] : [];
  });
}

const drafts = [...markdownFiles(fixtures), ...markdownFiles(corpus)].map((file) => ({file, text: readFileSync(file, 'utf8')}));

describe('splitChunks', () => {
  const pieces = (text: string): string[] => splitChunks(text).map(([a, b]) => text.slice(a, b));
  it('splits at blank lines before unindented text and covers the whole text', () => {
    const text = '# Head\n\nOne.\nTwo.\n\nThree.\r\n\r\n- item\n';
    assert.deepEqual(pieces(text), ['# Head\n\n', 'One.\nTwo.\n\n', 'Three.\r\n\r\n', '- item\n']);
  });
  it('keeps fences, HTML comments and front matter whole across blank lines', () => {
    assert.deepEqual(pieces('```\na\n\nb\n```\n\nc\n'), ['```\na\n\nb\n```\n\n', 'c\n']);
    assert.deepEqual(pieces('<!-- a\n\nb -->\n\nc\n'), ['<!-- a\n\nb -->\n\n', 'c\n']);
    assert.deepEqual(pieces('---\na: 1\n\nb: 2\n---\n\nc\n'), ['---\na: 1\n\nb: 2\n---\n\n', 'c\n']);
  });
  it('does not split before an indented continuation, and not at all with definitions', () => {
    assert.deepEqual(pieces('- a\n\n  b\n\nc\n'), ['- a\n\n  b\n\n', 'c\n']);
    assert.deepEqual(pieces('A [link][x].\n\n[x]: https://example.org\n'), ['A [link][x].\n\n[x]: https://example.org\n']);
  });
});

describe('createLinter', () => {
  for (const {file, text} of drafts) {
    it(`agrees with lint() on ${path.relative(fixtures, file)} and after edits`, () => {
      const linter = createLinter();
      assert.deepEqual(linter.lint(text), lint(text));
      // Type in the middle, delete a paragraph break, then undo both: each state agrees with a full lint.
      const mid = Math.floor(text.length / 2);
      const edits = [
        text.slice(0, mid) + ' 4,000 people reportedly' + text.slice(mid),
        text.replace('\n\n', '\n'),
        text.replace(/\n\n/g, '\n\n```\n\n'),
        text,
      ];
      for (const edited of edits) assert.deepEqual(linter.lint(edited), lint(edited));
    });
  }
});
