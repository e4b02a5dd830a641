// Prose blocks keep their source offsets as runs (types.ts OffsetRuns): every character still maps to the exact
// source span it came from.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {parseForLint} from '../../src/core/parse.js';
import {collectProse, objectReplacement, sourceEnd, sourceStart} from '../../src/core/prose.js';
import {lint} from '../../src/core/index.js';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? markdownFiles(full) : name.endsWith('.md') ? [full] : [];
  });
}

function blocksOf(source: string) {
  const {root, parsed} = parseForLint(source);
  return collectProse(root, parsed);
}

describe('prose offsets as runs', () => {
  it('maps plain text, escapes, references, inline code, links and bare URLs character by character', () => {
    const source = 'A *b* \\* `code` [link](https://x.org) see www.example.org/1 *x* &amp; &copy; end.';
    const [block] = blocksOf(source);
    const spans = [...block.text].map((_, i) => source.slice(sourceStart(block, i), sourceEnd(block, i)));
    assert.equal(block.text, `A b * ${objectReplacement} link see ${objectReplacement} x & © end.`);
    assert.deepEqual(spans, [
      'A', ' ', 'b', ' ', '*', ' ', '`code`', ' ', 'l', 'i', 'n', 'k', ' ', 's', 'e', 'e', ' ', 'www.example.org/1', ' ',
      'x', ' ', '&', ' ', '&', ' ', 'e', 'n', 'd', '.',
    ]);
    // Runs, not characters: "A ", "b ", "* ", the code, " link " … far fewer entries than characters.
    assert.ok(block.offsets.text.length < block.text.length / 2);
  });

  it('every character of every fixture and corpus draft maps to a source span holding it, in order', () => {
    const root = path.join(import.meta.dirname, '..');
    for (const file of [...markdownFiles(path.join(root, 'fixtures')), ...markdownFiles(path.join(root, 'corpus/drafts'))]) {
      const source = readFileSync(file, 'utf8');
      for (const block of blocksOf(source)) {
        let previous = -1;
        for (let i = 0; i < block.text.length; i++) {
          const start = sourceStart(block, i);
          const end = sourceEnd(block, i);
          assert.ok(start > previous && end > start && end <= source.length, `${file}: character ${i} of "${block.text}"`);
          const ch = block.text[i];
          // A verbatim character is itself in the source; a replaced one (code, image, URL, reference) spans more.
          if (ch !== objectReplacement && ch !== ' ') assert.ok(source[start] === ch || source[start] === '&', `${file}: "${ch}" at ${start}`);
          previous = start;
        }
      }
    }
  });
});

describe('a byte order mark', () => {
  // micromark drops a mark that opens the text and counts offsets from after it; the engine must shift them back.
  it('shifts every finding by one and changes nothing else, block quotes included', () => {
    const root = path.join(import.meta.dirname, '..');
    const drafts = [
      '> They are coming for our jobs.\n\nThe crowd grew to 40,000, reportedly.\n',
      '# Flood\n\n> A wall of water hit the town.\n\nOfficials said 12 people died.\n',
      readFileSync(path.join(root, 'fixtures', 'seed-article.md'), 'utf8'),
    ];
    for (const draft of drafts) {
      const plain = lint(draft).findings.map((f) => [f.ruleId, f.start + 1, f.end + 1, f.actual]);
      const marked = lint(`\ufeff${draft}`).findings.map((f) => [f.ruleId, f.start, f.end, f.actual]);
      assert.ok(plain.length > 0);
      assert.deepEqual(marked, plain);
    }
  });
});
