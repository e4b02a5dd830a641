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
  it('reads a line blank only as CommonMark does: spaces and tabs, not a byte order mark or a no-break space', () => {
    // (A line of U+FEFF or U+00A0 goes on with its paragraph; splitting there had mapped the finding of the paragraph
    // after it three characters early. Fuzz seed 674178938, session 42.)
    assert.deepEqual(pieces('a\n\uFEFF\nx\n\nb\n'), ['a\n\uFEFF\nx\n\n', 'b\n']);
    assert.deepEqual(pieces('a\n\u00A0\nx\n\nb\n'), ['a\n\u00A0\nx\n\n', 'b\n']);
    assert.deepEqual(pieces('a\n \t\nb\n'), ['a\n \t\n', 'b\n']);
    const text = 'a\n\uFEFF\nx\n\nofficials said ';
    const [finding] = lint(text).findings;
    assert.equal(text.slice(finding.start, finding.end), 'officials');
  });
  it('does not split before an indented continuation, and not at all with definitions', () => {
    assert.deepEqual(pieces('- a\n\n  b\n\nc\n'), ['- a\n\n  b\n\n', 'c\n']);
    assert.deepEqual(pieces('A [link][x].\n\n[x]: https://example.org\n'), ['A [link][x].\n\n[x]: https://example.org\n']);
  });
  it('tells a definition from "]:" elsewhere, as the definition pattern run on the whole text does', () => {
    // A definition opens its line (up to three spaces in); "]:" mid-line, or after four spaces, is none.
    const whole = (text: string): boolean => splitChunks(text).length === 1;
    assert.equal(whole('Say [a]: b.\n\nc\n'), false);
    assert.equal(whole('a\n\n    [x]: y\n\nc\n'), false);
    assert.equal(whole('Say [a]: b [c]: d.\n\n   [^1]: note\n'), true);
    assert.equal(whole('a]: b]:\n[x]: y\n\nc\n'), true);
    assert.equal(whole('a\n\n[x\ny]: z\n\nc\n'), false);
    assert.equal(whole('a\n\nq\r[x]: y\n\nc\n'), true);
    // Against the pattern, on texts of brackets, colons, spaces and line breaks in every order.
    const parts = ['[', ']', ':', ']:', ' ', '  ', 'x', '\n', '\r', '\n\n', '^'];
    const definition = /^[ \t]{0,3}\[[^\]\n]*\]:/m;
    let seed = 7;
    let definitions = 0;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = 0; k < 12; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += parts[seed % parts.length];
      }
      if (definition.test(text)) {
        definitions++;
        assert.equal(whole(text), true, JSON.stringify(text));
      } else {
        // No definition: the text splits as it would with every "]:" broken.
        assert.deepEqual(splitChunks(text), splitChunks(text.replace(/\]:/g, '] ')), JSON.stringify(text));
      }
    }
    // (Both answers are drawn.)
    assert.ok(definitions > 100 && definitions < 2900, String(definitions));
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
