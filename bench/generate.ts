// Deterministic benchmark drafts: top-level blocks of the project's fixtures and corpus drafts, shuffled by a seeded PRNG.
import fs from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {stripMarkers} from './corpus.js';

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, {withFileTypes: true})
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return markdownFiles(full);
      return entry.name.endsWith('.md') ? [full] : [];
    })
    .sort();
}

/**
 * Collect the building blocks: every top-level Markdown block (paragraph, heading, list, table, blockquote, code)
 * of test/fixtures and test/corpus/drafts. Blocks are cut at the parser's own boundaries, so a code fence is
 * never split open; front matter, HTML blocks and suppression comments are left out so no block can switch
 * rules off for the rest of a draft.
 *
 * @param repoRoot
 *   The checkout to read from.
 */
export function collectBlocks(repoRoot: string): string[] {
  const files = [...markdownFiles(path.join(repoRoot, 'test', 'fixtures')), ...markdownFiles(path.join(repoRoot, 'test', 'corpus', 'drafts'))];
  const blocks: string[] = [];
  for (const file of files) {
    const text = stripMarkers(fs.readFileSync(file, 'utf8'));
    for (const node of parser.parse(text).children) {
      if (node.type === 'yaml' || node.type === 'html' || node.type === 'definition' || node.type === 'footnoteDefinition') continue;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      const block = text.slice(start, end).replace(/<!--[\s\S]*?-->/g, '').trim();
      if (block !== '' && !block.includes('sourced-')) blocks.push(block);
    }
  }
  return blocks;
}

// mulberry32: a tiny, well-known 32-bit PRNG, so the same seed always yields the same draft.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Whitespace-separated words, the unit draft sizes are given in. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Assemble a draft of at least `words` words from `blocks`, deterministically for a given seed.
 *
 * @param blocks
 *   From `collectBlocks`.
 * @param words
 *   Target size in words.
 * @param seed
 *   PRNG seed; the default is used by the benchmark.
 */
export function generateDraft(blocks: readonly string[], words: number, seed = 20240607): string {
  if (blocks.length === 0) throw new Error('no Markdown blocks to build a draft from');
  const random = prng(seed);
  const parts = [`# Benchmark draft of ${words} words`];
  let count = countWords(parts[0]);
  while (count < words) {
    const block = blocks[Math.floor(random() * blocks.length)];
    parts.push(block);
    count += countWords(block);
  }
  return `${parts.join('\n\n')}\n`;
}

// `node --import tsx bench/generate.ts 10000` prints a draft, to look at what the benchmark lints.
if (require.main === module) {
  const words = Number(process.argv[2] ?? 1000);
  process.stdout.write(generateDraft(collectBlocks(path.resolve(__dirname, '..')), words));
}
