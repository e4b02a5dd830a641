// Deterministic benchmark drafts: top-level blocks of the project's fixtures and corpus drafts, shuffled by a seeded PRNG.
import fs from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {stripMarkers} from './corpus.js';

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);

/** Every `.md` file under `dir`, sorted, folders walked depth-first (none when `dir` is absent). */
export function markdownFiles(dir: string): string[] {
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
  return files.flatMap((file) => topLevelBlocks(fs.readFileSync(file, 'utf8')));
}

/** The top-level blocks of one Markdown text, as {@link collectBlocks} keeps them. */
function topLevelBlocks(markdown: string): string[] {
  const text = stripMarkers(markdown);
  const blocks: string[] = [];
  for (const node of parser.parse(text).children) {
    if (node.type === 'yaml' || node.type === 'html' || node.type === 'definition' || node.type === 'footnoteDefinition') continue;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const block = text.slice(start, end).replace(/<!--[\s\S]*?-->/g, '').trim();
    if (block !== '' && !block.includes('sourced-')) blocks.push(block);
  }
  return blocks;
}

/** Published English news beside the repository (CC BY; see ../shared/data/news/README.md), read at run time only. */
const sharedNews = (repoRoot: string) => path.join(repoRoot, '..', 'shared', 'data', 'news', 'en.jsonl');

/** PolNeAR's article texts beside the repository (no licence: read at run time only, never copied; see bench/polnear.ts). */
const polnearTexts = (repoRoot: string) => path.join(repoRoot, '..', 'shared', 'data', 'polnear');

/**
 * The published prose beyond test/corpus, per `SOURCED_BENCH_PROSE`: `shared` (the default) reads the English articles
 * of ../shared/data/news/en.jsonl; `polnear` reads PolNeAR's article texts (dev, then train) instead, for when the
 * shared news must not be linted (articles of it being annotated blind). Each text is one Markdown document.
 */
function extraProse(repoRoot: string): string[] {
  const texts: string[] = [];
  if (process.env.SOURCED_BENCH_PROSE === 'polnear') {
    for (const split of ['dev', 'train']) {
      const dir = path.join(polnearTexts(repoRoot), split, 'text');
      if (!fs.existsSync(dir)) continue;
      for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
        texts.push(fs.readFileSync(path.join(dir, name), 'utf8'));
      }
    }
    return texts;
  }
  const shared = sharedNews(repoRoot);
  if (fs.existsSync(shared)) {
    for (const line of fs.readFileSync(shared, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const article = JSON.parse(line) as {title: string; text: string};
      texts.push(`# ${article.title}\n\n${article.text}\n`);
    }
  }
  return texts;
}

/**
 * Real prose for speed measurements, each block once: the top-level blocks of the published articles in
 * test/corpus/news and news-holdout, the corpus drafts, and, when it is beside the checkout, every English article
 * of ../shared/data/news/en.jsonl (about 150,000 words), or PolNeAR's articles with `SOURCED_BENCH_PROSE=polnear`. Duplicate blocks are dropped, so a draft built from these
 * never repeats a paragraph (a repeated one is served from the editor's chunk cache and flatters the figure).
 *
 * @param repoRoot
 *   The checkout to read from.
 * @returns
 *   Unique blocks in a fixed order, and the words they hold.
 */
export function collectNewsProse(repoRoot: string): {blocks: string[]; words: number} {
  return uniqueBlocks([...corpusTexts(repoRoot, ['news', 'news-holdout', 'drafts']), ...extraProse(repoRoot)]);
}

/**
 * Real French or German prose for speed measurements, each block once, as {@link collectNewsProse} gives English:
 * the top-level blocks of the articles in test/corpus/news-fr or news-de (the tuning folder of the language).
 *
 * @param repoRoot
 *   The checkout to read from.
 * @param code
 *   The language.
 * @returns
 *   Unique blocks in a fixed order, and the words they hold.
 */
export function collectLanguageProse(repoRoot: string, code: 'fr' | 'de'): {blocks: string[]; words: number} {
  return uniqueBlocks(corpusTexts(repoRoot, [`news-${code}`]));
}

/** The Markdown texts of the given folders of test/corpus, less their README files (licence lists, not news). */
function corpusTexts(repoRoot: string, dirs: readonly string[]): string[] {
  const files = dirs.flatMap((dir) => markdownFiles(path.join(repoRoot, 'test', 'corpus', dir)));
  return files.filter((file) => path.basename(file) !== 'README.md').map((file) => fs.readFileSync(file, 'utf8'));
}

/** The top-level blocks of `texts`, each once, short headings left out, with the words they hold. */
function uniqueBlocks(texts: readonly string[]): {blocks: string[]; words: number} {
  const blocks = [...new Set(texts.flatMap(topLevelBlocks).filter((block) => !block.startsWith('#') || block.length > 20))];
  return {blocks, words: blocks.reduce((sum, block) => sum + countWords(block), 0)};
}

/**
 * mulberry32: a tiny, well-known 32-bit PRNG, so the same seed always yields the same draft (and the same edits in
 * test/unit/incremental-analysis.test.ts).
 *
 * @param seed
 *   Any 32-bit integer.
 * @returns
 *   A function returning numbers in [0, 1).
 */
export function prng(seed: number): () => number {
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

/**
 * A draft of at least `words` words in which no block appears twice: the blocks of `prose` in a seeded order.
 *
 * @param prose
 *   From {@link collectNewsProse}; unique blocks.
 * @param words
 *   Target size in words.
 * @param seed
 *   PRNG seed.
 * @throws {Error}
 *   When `prose` holds fewer words than asked for.
 */
export function uniqueDraft(prose: readonly string[], words: number, seed = 20240607): string {
  const order = shuffled(prose, seed);
  const parts = [`# Benchmark draft of ${words} words`];
  let count = countWords(parts[0]);
  for (const block of order) {
    if (count >= words) break;
    parts.push(block);
    count += countWords(block);
  }
  if (count < words) throw new Error(`only ${count} words of unique prose, ${words} asked for`);
  return `${parts.join('\n\n')}\n`;
}

/**
 * `count` drafts of `minWords`–`maxWords` words (sizes drawn uniformly) for the many-files benchmark. No block is
 * repeated within a draft; across drafts blocks recur once the prose runs out, which flatters nothing, since
 * every file is linted from scratch.
 *
 * @param prose
 *   From {@link collectNewsProse}.
 * @param count
 *   How many drafts.
 * @param minWords
 *   Smallest draft, in words.
 * @param maxWords
 *   Largest draft, in words.
 * @param seed
 *   PRNG seed.
 */
export function draftSet(prose: readonly string[], count: number, minWords: number, maxWords: number, seed = 20240607): string[] {
  const random = prng(seed);
  let order = shuffled(prose, seed);
  let next = 0;
  const drafts: string[] = [];
  for (let i = 0; i < count; i++) {
    const target = minWords + Math.floor(random() * (maxWords - minWords + 1));
    const parts = [`# Draft ${i + 1}`];
    let words = 2;
    const used = new Set<string>();
    while (words < target) {
      if (next >= order.length) {
        order = shuffled(prose, seed + drafts.length + 1);
        next = 0;
      }
      const block = order[next++];
      if (used.has(block)) continue;
      used.add(block);
      parts.push(block);
      words += countWords(block);
    }
    drafts.push(`${parts.join('\n\n')}\n`);
  }
  return drafts;
}

/** A copy of `items` in a seeded random order (Fisher–Yates). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = prng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// `node --import tsx bench/generate.ts 10000` prints a draft, to look at what the benchmark lints.
if (require.main === module) {
  const words = Number(process.argv[2] ?? 1000);
  process.stdout.write(generateDraft(collectBlocks(path.resolve(__dirname, '..')), words));
}
