// Property test over every fixture and corpus draft: no fix edit starts or ends inside a token (a word, a number, a
// link, a quotation), and after any fix the draft still lints with the same figures (the same values, in order).
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {applyFixes, createLinter, type Finding, type Fix, type LintResult, sourcePlaceholder} from '../../src/core/index.js';
import {figureValue} from '../../src/core/analysis.js';
import {resourcesFor} from '../../src/core/languages/index.js';

const root = path.join(import.meta.dirname, '..');

/** Every Markdown draft under a folder, and every sentence of its JSON Lines files, as texts to lint. */
function drafts(dir: string): Array<{name: string; text: string}> {
  const out: Array<{name: string; text: string}> = [];
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) out.push(...drafts(file));
    else if (entry.endsWith('.md')) out.push({name: path.relative(root, file), text: readFileSync(file, 'utf8')});
    else if (entry.endsWith('.jsonl')) {
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (line.trim()) out.push({name: `${path.relative(root, file)}:${i + 1}`, text: (JSON.parse(line) as {text: string}).text});
      });
    }
  }
  return out;
}

const corpus = [...drafts(path.join(root, 'fixtures')), ...drafts(path.join(root, 'corpus'))];

const wordChar = /[\p{L}\p{N}]/u;

/** Source ranges of Markdown links and footnote references: `[text](url)`, `[text][ref]`, `[^1]`. */
function linkSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(/!?\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])?/g)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Whether source offset `p` is strictly inside a quotation of its paragraph: quotation marks read in order as a stack,
 * curly and guillemet quotes by nesting, with German „…“ (where “ closes) and French «…», straight quotes paired in
 * order, and a pair of mixed marks as Sourced reads them (session 34): a straight opener closed by ”, a curly opener
 * closed by a straight mark that stands where marks close (after a non-space).
 */
function insideQuote(text: string, p: number): boolean {
  const start = Math.max(text.lastIndexOf('\n\n', p - 1), 0);
  // (Not a unit's mark, which Sourced never reads as a quotation: "9"84", "6'3"" — a digit on both sides, or after
  // minutes or feet written with "'".)
  const unit = (at: number): boolean => /\d/.test(text[at - 1] ?? '') &&
    (/\d/.test(text[at + 1] ?? '') || /\d['’]\d{1,2}$/.test(text.slice(Math.max(0, at - 6), at)));
  const open: string[] = [];
  for (let at = start; at < p; at++) {
    const ch = text[at];
    const top = open[open.length - 1];
    if (ch === '"') {
      if (unit(at)) continue;
      if (top === '"' || top === '“' && !/\s/.test(text[at - 1] ?? ' ')) open.pop();
      // (A mark glued to a digit never opens one: "au-dessus des 10". « … »" is ten seconds; session 45.)
      else if (!/\d/.test(text[at - 1] ?? '')) open.push(ch);
    } else if (ch === '„' || ch === '«') open.push(ch);
    else if (ch === '“') {
      if (top === '„') open.pop();
      else open.push(ch);
    } else if ((ch === '”' || ch === '»') && open.length > 0) open.pop();
  }
  // A quotation mark right at p closes or opens there: p is on its boundary, not inside.
  const top = open[open.length - 1];
  const closes = text[p] === '”' || text[p] === '»' || text[p] === '“' && top === '„' || text[p] === '"' && top !== undefined;
  return open.length > 0 && !closes;
}

/** Why an edit boundary at source offset `p` lies inside a token, or undefined when it does not. */
function insideToken(text: string, p: number, links: ReadonlyArray<[number, number]>, insertion: boolean): string | undefined {
  if (wordChar.test(text[p - 1] ?? '') && wordChar.test(text[p] ?? '')) return 'inside a word or number';
  if (/[,.]/.test(text[p] ?? '') && /\d/.test(text[p - 1] ?? '') && /\d/.test(text[p + 1] ?? '')) return 'inside a number';
  if (/[,.]/.test(text[p - 1] ?? '') && /\d/.test(text[p - 2] ?? '') && /\d/.test(text[p] ?? '')) return 'inside a number';
  if (links.some(([a, b]) => a < p && p < b)) return 'inside a link';
  if (insertion && insideQuote(text, p)) return 'inside a quotation';
  return undefined;
}

/** The figures of a result as values (or their text when they state none), in document order. */
function figureValues(result: LintResult): string[] {
  const L = resourcesFor(result.language ?? 'en') ?? resourcesFor('en')!;
  return result.figures.map((f) => String(figureValue(L, f.text) ?? f.text.replace(/\s+/g, ' ')));
}

/** Whether every item of `small` is in `large`, counting repeats. */
function contains(large: readonly string[], small: readonly string[]): boolean {
  const counts = new Map<string, number>();
  for (const v of large) counts.set(v, (counts.get(v) ?? 0) + 1);
  return small.every((v) => {
    const n = counts.get(v) ?? 0;
    counts.set(v, n - 1);
    return n > 0;
  });
}

describe('fix safety over every fixture and corpus draft', () => {
  let fixes = 0;
  it('finds drafts and fixes to check', () => {
    assert.ok(corpus.length > 100, `${corpus.length} drafts`);
  });
  for (const {name, text} of corpus) {
    it(name, () => {
      const linter = createLinter();
      const result = linter.lint(text);
      const links = linkSpans(text);
      const before = figureValues(result);
      const problems: string[] = [];
      const each = (finding: Finding, fix: Fix): void => {
        fixes++;
        for (const edit of fix.edits) {
          for (const p of new Set([edit.start, edit.end])) {
            const why = insideToken(text, p, links, edit.start === edit.end);
            if (why) problems.push(`${finding.ruleId} "${fix.title}" edit at ${p} is ${why}: …${text.slice(Math.max(0, p - 30), p)}|${text.slice(p, p + 30)}…`);
          }
        }
        const fixed = applyFixes(text, fix.edits);
        const after = figureValues(linter.lint(fixed));
        // A placeholder adds no figure; a source's name may bring its own ("a woman of 91"), but none is lost or changed.
        const same = fix.edits.every((e) => e.text === '' || e.text.includes(sourcePlaceholder) || e.text.length <= 1)
          ? after.join('|') === before.join('|')
          : contains(after, before);
        if (!same) problems.push(`${finding.ruleId} "${fix.title}" changed the figures: ${before.join(', ')} → ${after.join(', ')}`);
      };
      for (const finding of result.findings) for (const fix of finding.fixes) each(finding, fix);
      assert.deepEqual(problems, []);
    });
  }
  it('checked fixes', () => {
    assert.ok(fixes > 200, `${fixes} fixes checked`);
  });
});
