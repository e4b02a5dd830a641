// A chunk of plain lines is read without the parser (src/core/plain.ts): its prose blocks must be the parser's, and
// anything that may hold Markdown syntax must go to the parser.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {splitChunks} from '../../src/core/chunks.js';
import {parseForLint} from '../../src/core/parse.js';
import {plainParagraph, plainShape} from '../../src/core/plain.js';
import {collectProse} from '../../src/core/prose.js';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? markdownFiles(full) : name.endsWith('.md') ? [full] : [];
  });
}

/** The prose blocks and HTML of `text` as the parser reads it. */
function parsed(text: string) {
  const html: Array<{value: string; start: number}> = [];
  const {root, parsed: source} = parseForLint(text);
  return {blocks: collectProse(root, source, html), html};
}

/** The prose blocks of `text` read without the parser (it must be plain). */
function direct(text: string) {
  const root = plainParagraph(text);
  assert.ok(root, `not plain: ${JSON.stringify(text)}`);
  const html: Array<{value: string; start: number}> = [];
  return {blocks: collectProse(root, text, html), html};
}

describe('plain paragraphs', () => {
  it('reads plain lines and plain block quotes as the parser does', () => {
    const texts = [
      'Officials said 40 people died.\n',
      'Officials said 40 people died.\nThe toll may rise, the ministry said (on Tuesday).\n\n\n',
      'A bare URL: see www.example.org/1140-dead or https://example.org/a. Then "quotes", \'single\' and « guillemets ».',
      '> Ruiz said: we knew the risks.\n',
      '> One line of the quote,\n> and the next one.\n\n',
      'Emoji 😀, a no-break\u00a0space, 2 > 1 and 3 = 3, a # mid-line, 12.5% and 2) in a line.',
      '## Officials said 40 people died, 😀\n\n',
    ];
    for (const text of texts) assert.deepEqual(direct(text), parsed(text), JSON.stringify(text));
    // The quote's blocks are quoted, with the markers outside their text.
    const [quote] = direct('> One line of the quote,\n> and the next one.\n').blocks;
    assert.equal(quote.quoted, true);
    assert.equal(quote.text, 'One line of the quote,\nand the next one.');
  });

  it("builds the parser's whole tree, lines and columns included", () => {
    const texts = [
      'Officials said 40 people died.\n',
      'Officials said 40 people died.\nThe toll may rise, the ministry said (on Tuesday).\n\n\n',
      '> Ruiz said: we knew the risks.\n',
      '> One line of the quote,\n> and the next one.\n\n',
      'Emoji 😀, a no-break\u00a0space, 2 > 1 and 3 = 3, a # mid-line,\nthen 12.5% and 2) in a line, 😀 again.',
      'Three\nshort\nlines',
      '# Head\n',
      '###### Six levels deep, 😀 and 40% of 2) items\n\n\n',
      '## Officials said 40 people died',
      // Brackets that make no link, an "&" that opens no reference, a "_" inside a word: literal text to the parser.
      'Trinidad & Tobago said [in Portuguese] that @user_name won, [sic] & 3_000.',
      '> [...] the rest & more,\n> [2] and snake_case.\n',
      '[All links lead to sites in Portuguese.]\n\n',
      '## A [bracketed] heading & user_name',
      'A ] before [ and [a [nested] pair] & a lone [',
      '&',
    ];
    for (const text of texts) assert.deepEqual(plainParagraph(text), parseForLint(text).root, JSON.stringify(text));
    for (const text of texts) assert.ok(plainShape(text), JSON.stringify(text));
  });

  it('leaves to the parser every text that may hold syntax', () => {
    const syntax = [
      'a *b*', 'a _b_', 'a `b`', 'a [b](c)', 'a ![b](c)', 'a <b>', 'a &amp; b', 'a \\* b', 'a | b', 'a ~~b~~', 'a\tb', 'a\r\nb',
      '\ufeffa', 'a\0b', '#Head', '#', '# ', '#  Head', '# Head ', '# Head #', '# Head # more', '####### Seven', '# Head\nmore',
      '# Head\n===', ' # Head', '> ', '>b', '> # b', '> a\nb', '- a', '+ a', '1. a', '10) a', ' a', '    a', 'a ', 'a  \nb',
      'a\n\nb', '\na', 'a\n===', 'a\n---', '---\na: 1\n---', '', '\n\n',
      'a [b][c]', 'a [b][]', 'a [b]: c', '[b]: c', 'a [^1] b', 'a ![b] c', 'a &#35; b', 'a &copy; b', 'a &x b', 'a _b', 'a b_', 'a__b',
      '_a', 'a_ b', 'a _ b', 'a_\nb', 'a_😀', `a${'_b'.repeat(2001)}`,
    ];
    for (const text of syntax) assert.equal(plainShape(text), undefined, JSON.stringify(text));
  });

  it('agrees with the parser on every chunk of the fixtures and the corpus it reads, tree and prose blocks', () => {
    const root = path.join(import.meta.dirname, '..');
    let plain = 0;
    for (const file of [...markdownFiles(path.join(root, 'fixtures')), ...markdownFiles(path.join(root, 'corpus'))]) {
      const text = readFileSync(file, 'utf8');
      for (const [start, end] of splitChunks(text)) {
        const chunk = text.slice(start, end);
        if (!plainShape(chunk)) continue;
        plain++;
        assert.deepEqual(direct(chunk), parsed(chunk), `${file}: ${JSON.stringify(chunk.slice(0, 80))}`);
        // The tree itself, positions and all (lines and columns relative to the chunk, as the parser gives them).
        assert.deepEqual(plainParagraph(chunk), parseForLint(chunk).root, `${file}: ${JSON.stringify(chunk.slice(0, 80))}`);
      }
    }
    assert.ok(plain > 100, String(plain));
  });
});
