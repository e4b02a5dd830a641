// Property: no fix changes how a story is published. For every fixture, draft and corpus file and every fix offered
// for every finding (the core's own fixes and the decision fixes the editor offers: "Ignore ‹rule› here", "Accept with
// a reason…"), the document is rendered before and after the fix with a second, independent pipeline (full GFM,
// remark-rehype, rehype-stringify) and compared: the mdast without positions and HTML comments, and the HTML.
// Decision fixes must leave both identical, and must do what they say (the finding is silenced or accepted, and no
// directive is reported); a content fix (an attribution, a removed hedge) may change words, never the structure.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import * as path from 'node:path';
import {describe, it} from 'node:test';
import type {Nodes, Root} from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {applyFixes, createLinter, type Finding, type Fix} from '../../src/core/index.js';
import {comparable, directiveFixes, reasonPlaceholder} from '../../src/core/directive-fixes.js';

const repo = path.join(import.meta.dirname, '..', '..');
const parser = unified().use(remarkParse).use(remarkGfm);
// remark-rehype drops raw HTML (comments included) unless told to keep it: a comment never reaches the page.
const renderer = unified().use(remarkRehype).use(rehypeStringify);

function markdownFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? markdownFiles(file) : file.endsWith('.md') ? [file] : [];
  });
}

const files = [
  ...markdownFiles(path.join(repo, 'test', 'fixtures')),
  ...markdownFiles(path.join(repo, 'test', 'corpus')),
  ...markdownFiles(path.join(repo, 'test', 'integration', 'workspace')),
];

interface Rendering {
  tree: string;
  html: string;
  /** The tree with every text value blanked: what a content fix must not change. */
  shape: string;
}

function render(markdown: string): Rendering {
  const root = parser.parse(markdown) as Root;
  const tree = comparable(root);
  const html = renderer.stringify(renderer.runSync(parser.runSync(root) as never) as never);
  return {tree: JSON.stringify(tree), html: String(html), shape: shapeOf(tree)};
}

/** The shape alone (no HTML: the rendering a content fix is held to), for the fixes that change words. */
function shapeOf(tree: unknown): string {
  return JSON.stringify(tree, (key, value: unknown) => (key === 'value' ? '' : value));
}

/** A decision fix with the reason typed in, as the writer would leave it. */
function filled(fix: Fix): Fix {
  return {...fix, edits: fix.edits.map((e) => ({...e, text: e.text.replace(reasonPlaceholder, 'checked by the desk')}))};
}

/**
 * At most `perFile` (20) findings of a file, spread evenly over it (first and last included): each fix tried costs a render
 * and a lint of the whole file, so a file with hundreds of findings costs hundreds of whole-file passes per fix kind.
 * Only the corpus READMEs' attribution lists (every line a title, many with figures) have that many: in CI the
 * news-de README alone took 325 s of an 18-minute unit run with every finding tried. Stories and fixtures have far
 * fewer findings and are tried in full.
 */
const perFile = 20;
function sample(findings: readonly Finding[]): readonly Finding[] {
  if (findings.length <= perFile) return findings;
  const step = (findings.length - 1) / (perFile - 1);
  return Array.from({length: perFile}, (_, i) => findings[Math.round(i * step)]);
}

function describeFinding(file: string, text: string, finding: Finding): string {
  return `${path.relative(repo, file)}:${text.slice(0, finding.start).split('\n').length} ${finding.ruleId} "${finding.actual.slice(0, 40)}"`;
}

describe('fixes keep the rendered story identical', () => {
  let decisions = 0;
  let contents = 0;
  const withoutAccept: string[] = [];
  for (const file of files) {
    it(path.relative(repo, file), () => {
      const text = readFileSync(file, 'utf8');
      // The draft and each fixed text are linted by the editor's linter (what relints the draft after a fix is applied
      // there), which re-parses and re-analyses only what changed since the text it linted last: its results equal
      // lint()'s after any edit (incremental.test.ts), and a whole-file lint per fix was most of this test's time.
      const relint = createLinter();
      const {findings: all} = relint.lint(text);
      const findings = sample(all);
      // A draft without findings has no fix to render (the negative fixtures, many stories): its rendering would go unused.
      if (findings.length === 0) return;
      const before = render(text);
      const directiveMessages = (found: readonly Finding[]) => found.filter((f) => f.ruleId === 'sourced-directive').map((f) => f.message);
      for (const finding of findings) {
        const where = describeFinding(file, text, finding);
        const decided = directiveFixes(text, finding);
        const titles = decided.map((f) => f.title);
        if (finding.ruleId === 'sourced-directive') assert.deepEqual(titles, [], `${where}: no decision on a directive's own finding`);
        else assert.equal(titles[0], `Ignore ${finding.ruleId} here`, `${where}: "Ignore" is always offered`);
        if (finding.ruleId !== 'sourced-directive' && !titles.includes('Accept with a reason…')) withoutAccept.push(where);
        for (const fix of decided.map(filled)) {
          const after = applyFixes(text, fix.edits);
          const rendered = render(after);
          assert.equal(rendered.tree, before.tree, `${where}: "${fix.title}" leaves the mdast as it was`);
          assert.equal(rendered.html, before.html, `${where}: "${fix.title}" leaves the HTML as it was`);
          const result = relint.lint(after);
          const same = (f: Finding) => f.ruleId === finding.ruleId;
          const shifted = fix.edits.filter((e) => e.start <= finding.start).reduce((n, e) => n + e.text.length - (e.end - e.start), 0);
          assert.ok(!result.findings.some((f) => same(f) && f.start === finding.start + shifted), `${where}: "${fix.title}" removes the finding`);
          assert.deepEqual(directiveMessages(result.findings), directiveMessages(findings), `${where}: "${fix.title}" writes a directive that does what it says`);
          if (fix.title.startsWith('Accept')) {
            assert.ok(result.accepted?.some((f) => same(f) && f.start === finding.start + shifted), `${where}: accepted`);
          }
          decisions++;
        }
        for (const fix of finding.fixes) {
          const shape = shapeOf(comparable(parser.parse(applyFixes(text, fix.edits)) as Root));
          assert.equal(shape, before.shape, `${where}: "${fix.title}" changes words only, never the structure`);
          contents++;
        }
      }
    });
  }
  it('tried every fix', () => {
    assert.ok(decisions > 600 && contents > 600, `${decisions} decision fixes and ${contents} content fixes checked`);
    // Only a finding on a later line of a block whose line end is unsafe (inside a code span that runs on) has no
    // place for an acceptance: the fixture's "7,500".
    assert.deepEqual(withoutAccept, ['test/fixtures/placement/blocks.md:39 unsourced-figure "7,500"']);
    console.log(`  fix rendering: ${decisions} decision fixes and ${contents} content fixes over ${files.length} files; no accept for ${withoutAccept.length}`);
  });
});
