// `sourced sources` as users run it: the built bundle, `node dist/cli.js sources`, on drafts in a temporary folder.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import * as path from 'node:path';
import {describe, it} from 'node:test';
import {materialise} from '../fixtures/cli/scenarios.js';

const cli = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const seed = readFileSync(path.join(__dirname, '..', 'fixtures', 'seed-article.md'), 'utf8');

const ministry = 'The ministry said 40 people died.\n';
const figureDraft = 'It resulted in 1,140 casualties.\n';
const cleanDraft = 'The council met on Tuesday to discuss the new library.\n';

interface Outcome {
  exit: number;
  stdout: string;
  stderr: string;
}

/** Run `node dist/cli.js …args` in `cwd` with a clean environment (no NO_COLOR or FORCE_COLOR from the shell). */
function run(cwd: string, args: readonly string[], stdin: string | Uint8Array = ''): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {cwd, env: {PATH: process.env.PATH ?? ''}});
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (exit) => resolve({exit: exit ?? -1, stdout, stderr}));
    child.stdin.end(stdin);
  });
}

/** Write `files` into a fresh temporary folder, hand it to `body`, and remove it afterwards. */
async function inFolder(files: Record<string, string | Uint8Array>, body: (dir: string) => Promise<void>): Promise<void> {
  const dir = materialise(files);
  try {
    await body(dir);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/** A successful run: exit 0 (or `exit`), nothing on stderr. */
function ok(outcome: Outcome, exit: 0 | 1 = 0): Outcome {
  assert.equal(outcome.exit, exit, `exit ${outcome.exit}\nstdout: ${outcome.stdout}\nstderr: ${outcome.stderr}`);
  assert.equal(outcome.stderr, '', 'nothing on stderr');
  return outcome;
}

/** A failed run: exit 2, one error line on stderr matching `error`, no report. */
function usage(outcome: Outcome, error: RegExp): void {
  assert.equal(outcome.exit, 2, `exit ${outcome.exit}\nstdout: ${outcome.stdout}\nstderr: ${outcome.stderr}`);
  assert.match(outcome.stderr, /^sourced: error: [^\n]+\n$/, 'exactly one error line on stderr');
  assert.match(outcome.stderr, error);
  assert.equal(outcome.stdout, '', 'no report after an error');
}

// --- The JSON shape ---------------------------------------------------------------------------------------------------

interface SpanJson {
  start: number;
  end: number;
  text: string;
}
interface RecordJson {
  source: SpanJson | null;
  cue: SpanJson;
  content: Array<{start: number; end: number}>;
  kind: string;
  quality: string;
}
interface FileJson {
  filePath: string;
  attributions: RecordJson[];
}

const kinds = ['speech', 'report', 'estimate', 'belief', 'other'];
const qualities = ['named', 'vague', 'anonymous', 'absent'];
const keys = (value: object): string[] => Object.keys(value).sort();

function assertRange(value: unknown, length: number, what: string): asserts value is {start: number; end: number} {
  assert.ok(value !== null && typeof value === 'object', `${what} is an object`);
  const {start, end} = value as Record<string, unknown>;
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: integer offsets`);
  assert.ok(0 <= (start as number) && (start as number) < (end as number) && (end as number) <= length, `${what}: 0 <= ${start} < ${end} <= ${length}`);
}

/**
 * Parse `sources --format json` output and check its exact shape; with `texts` (file path → the file as read),
 * also that every span's text is the file's text at its offsets.
 */
function parseSources(stdout: string, texts?: ReadonlyMap<string, string>): FileJson[] {
  const files: unknown = JSON.parse(stdout);
  assert.ok(Array.isArray(files), 'an array of files');
  for (const file of files as FileJson[]) {
    assert.deepEqual(keys(file), ['attributions', 'filePath']);
    assert.equal(typeof file.filePath, 'string');
    assert.ok(Array.isArray(file.attributions));
    const text = texts?.get(file.filePath);
    const length = text?.length ?? Number.MAX_SAFE_INTEGER;
    for (const a of file.attributions) {
      const where = `${file.filePath} ${JSON.stringify(a)}`;
      assert.deepEqual(keys(a), ['content', 'cue', 'kind', 'quality', 'source'], where);
      assert.ok(kinds.includes(a.kind), `kind ${a.kind}`);
      assert.ok(qualities.includes(a.quality), `quality ${a.quality}`);
      for (const span of a.source === null ? [a.cue] : [a.source, a.cue]) {
        assert.deepEqual(keys(span), ['end', 'start', 'text'], where);
        assertRange(span, length, where);
        assert.equal(typeof span.text, 'string');
        if (text !== undefined) assert.equal(text.slice(span.start, span.end), span.text, where);
      }
      assert.ok(Array.isArray(a.content));
      for (const range of a.content) {
        assert.deepEqual(keys(range), ['end', 'start'], where);
        assertRange(range, length, where);
      }
      assert.ok(a.content.every((r, i) => i === 0 || a.content[i - 1].end <= r.start), `content ranges in document order: ${where}`);
    }
  }
  return files as FileJson[];
}

/** The texts of an attribution's content ranges, joined by a space. */
const contentText = (text: string, a: RecordJson): string => a.content.map((r) => text.slice(r.start, r.end)).join(' ');

/** The one attribution whose source text is `source` (and whose cue is `cue`, if given). */
function find(file: FileJson, source: string | null, cue?: string): RecordJson {
  const found = file.attributions.filter((a) => (a.source?.text ?? null) === source && (cue === undefined || a.cue.text === cue));
  assert.equal(found.length, 1, `one attribution by ${source}${cue ? ` with "${cue}"` : ''} in ${JSON.stringify(file.attributions.map((a) => [a.source?.text, a.cue.text]))}`);
  return found[0];
}

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.ok(at !== -1, `text contains "${needle}"`);
  return text.slice(0, at).split('\n').length;
}

describe('sourced sources (spawned dist/cli.js)', () => {
  it('has a built bundle (npm test builds it first)', () => {
    assert.ok(existsSync(cli), `${cli} is missing: run node esbuild.js`);
  });

  describe('--format json', () => {
    // The same sentence plainly, after a byte-order mark, and after an emoji (two UTF-16 code units, one code point).
    const drafts = {
      'plain.md': ministry,
      'bom.md': `\ufeff${ministry}`,
      'emoji.md': `Party time 🎉 is over. ${ministry}`,
    };

    it('prints exactly [{filePath, attributions: [{source, cue, content, kind, quality}]}], offsets into the file as read', async () => {
      await inFolder(drafts, async (dir) => {
        const names = Object.keys(drafts);
        const {stdout} = ok(await run(dir, ['sources', '--format', 'json', ...names]));
        const texts = new Map(names.map((name) => [path.join(dir, name), readFileSync(path.join(dir, name)).toString('utf8')]));
        assert.equal(texts.get(path.join(dir, 'bom.md'))!.charCodeAt(0), 0xfeff, 'the file as read keeps its byte-order mark');
        const files = parseSources(stdout, texts);
        assert.deepEqual(files.map((f) => f.filePath), names.map((name) => path.join(dir, name)), 'absolute paths, in the order given');
        const [plain, bom, emoji] = files.map((f) => ({file: f, text: texts.get(f.filePath)!, a: find(f, 'The ministry', 'said')}));
        for (const {file, text, a} of [plain, bom, emoji]) {
          assert.equal(file.attributions.length, 1, file.filePath);
          assert.equal(a.kind, 'speech');
          assert.equal(a.quality, 'named');
          assert.equal(a.content.length, 1);
          // "40 people died", here with the sentence's full stop, which the PolNeAR scorer trims.
          assert.match(contentText(text, a), /^40 people died\.?$/);
          assert.equal(a.cue.start, text.indexOf('said'));
        }
        // The byte-order mark is one code unit before everything.
        assert.deepEqual(
          [bom.a.source!.start, bom.a.cue.start, bom.a.content[0].start, bom.a.content[0].end],
          [plain.a.source!.start + 1, plain.a.cue.start + 1, plain.a.content[0].start + 1, plain.a.content[0].end + 1],
        );
        // UTF-16 offsets: the emoji counts twice (in code points the cue would start one earlier).
        const before = emoji.text.slice(0, emoji.a.cue.start);
        assert.ok(before.includes('🎉'));
        assert.equal([...before].length, emoji.a.cue.start - 1);
        assert.equal(emoji.a.source!.start, emoji.text.indexOf('The ministry'));
      });
    });

    it('"The ministry said 40 people died.": the content is "40 people died", without the full stop', async () => {
      await inFolder({'plain.md': ministry}, async (dir) => {
        const [file] = parseSources(ok(await run(dir, ['sources', '-f', 'json', 'plain.md'])).stdout);
        assert.equal(contentText(ministry, find(file, 'The ministry', 'said')), '40 people died');
      });
    });

    it('a draft without attributions has an empty list', async () => {
      await inFolder({'clean.md': cleanDraft}, async (dir) => {
        const files = parseSources(ok(await run(dir, ['sources', '-f', 'json', 'clean.md'])).stdout);
        assert.deepEqual(files, [{filePath: path.join(dir, 'clean.md'), attributions: []}]);
      });
    });

    it('the seed article: the Hamas government in Gaza, Netanyahu, Blinken ("He") and vague "reports", with their content', async () => {
      await inFolder({'seed-article.md': seed}, async (dir) => {
        const file = path.join(dir, 'seed-article.md');
        const [result] = parseSources(ok(await run(dir, ['sources', '--format', 'json', 'seed-article.md'])).stdout, new Map([[file, seed]]));
        const hamas = find(result, 'Hamas government in Gaza');
        assert.equal(hamas.cue.text, 'reported');
        assert.equal(hamas.quality, 'named');
        assert.match(contentText(seed, hamas), /20,000/);
        const netanyahu = find(result, 'Israeli Prime Minister Benjamin Netanyahu', 'stated');
        assert.match(contentText(seed, netanyahu), /^that there can be no ceasefire until Hamas militants are completely eliminated/);
        const blinken = find(result, 'US Secretary of State Antony Blinken');
        assert.match(blinken.cue.text, /expressed$/);
        assert.match(contentText(seed, blinken), /^optimism about the possibility of a pause in hostilities/);
        // "He emphasized …" and "He stressed …": the source as written is "He".
        assert.match(contentText(seed, find(result, 'He', 'emphasized')), /^involvement in facilitating both a ceasefire/);
        assert.match(contentText(seed, find(result, 'He', 'stressed')), /^that the conflict will continue/);
        const reports = find(result, 'reports');
        assert.equal(reports.quality, 'vague');
        assert.match(contentText(seed, reports), /250/);
        // In document order of their cues.
        const cues = result.attributions.map((a) => a.cue.start);
        assert.deepEqual(cues, [...cues].sort((a, b) => a - b));
      });
    });
  });

  describe('--format stylish (the default)', () => {
    it('lists source, cue, quality and kind per attribution, "supports:" with line numbers, and a count', async () => {
      await inFolder({'seed-article.md': seed}, async (dir) => {
        const {stdout} = ok(await run(dir, ['sources', 'seed-article.md']));
        assert.doesNotMatch(stdout, /\u001b\[/, 'no colour codes');
        const lines = stdout.trimEnd().split('\n');
        assert.equal(lines[0], 'seed-article.md');
        const heads = lines.filter((l) => /^ {2}\d+:\d+ {2}/.test(l));
        for (const head of heads) assert.match(head, /^ {2}\d+:\d+ {2}\S.* {2}\S.* {2}\[(named|vague|anonymous|absent), (speech|report|estimate|belief|other)\]$/);
        for (const line of lines.filter((l) => l.includes('supports:'))) assert.match(line, /^ {6}supports: ".+" \(lines? \d+(–\d+)?\)$/);
        assert.equal(lines.at(-1), `${heads.length} attributions in 1 file`);
        assert.ok(heads.length >= 7, `at least seven attributions: ${heads.length}`);

        // An attribution's head line, and the "supports:" line after it.
        const entry = (pattern: RegExp): [string, string] => {
          const i = lines.findIndex((l) => pattern.test(l));
          assert.ok(i !== -1, `a line matching ${pattern} in\n${stdout}`);
          return [lines[i], lines[i + 1]];
        };
        const [hamas, hamasSupports] = entry(/ {2}Hamas government in Gaza {2}reported {2}/);
        assert.match(hamas, new RegExp(`^ {2}${lineOf(seed, 'Hamas government')}:\\d+ .*\\[named, report\\]$`));
        assert.match(hamasSupports, new RegExp(`supports: ".*20,000.*" \\(line ${lineOf(seed, '20,000')}\\)$`));
        const [, netanyahuSupports] = entry(/ {2}Israeli Prime Minister Benjamin Netanyahu {2}stated {2}\[named, speech\]$/);
        assert.match(netanyahuSupports, new RegExp(`supports: "that there can be no ceasefire .*" \\(line ${lineOf(seed, 'no ceasefire')}\\)$`));
        // "He" is resolved to the man last named and shown as written: Blinken, then Netanyahu (named in the
        // sentence between: "… as Netanyahu faced pressure … He stressed").
        const [, emphasized] = entry(/ {2}US Secretary of State Antony Blinken \("He"\) {2}emphasized {2}\[named, speech\]$/);
        assert.match(emphasized, /supports: "involvement in facilitating/);
        entry(/ {2}Israeli Prime Minister Benjamin Netanyahu \("He"\) {2}stressed {2}/);
        const [reports, reportsSupports] = entry(/ {2}reports {2}based on {2}/);
        assert.match(reports, /\[vague, \w+\]$/);
        assert.match(reportsSupports, new RegExp(`supports: ".*250.*" \\(line ${lineOf(seed, '250')}\\)$`));
      });
    });

    it('columns count UTF-16 code units and not a byte-order mark, as check reports them', async () => {
      await inFolder({'plain.md': ministry, 'bom.md': `\ufeff${ministry}`, 'emoji.md': `Party 🎉 over. ${ministry}`}, async (dir) => {
        const {stdout} = ok(await run(dir, ['sources', 'plain.md', 'bom.md', 'emoji.md']));
        const lines = stdout.split('\n');
        // "said" is the 29th UTF-16 code unit of "Party 🎉 over. The ministry said" (the 28th code point).
        assert.deepEqual(
          lines.filter((l) => !l.includes('supports:')),
          ['plain.md', '  1:14  The ministry  said  [named, speech]', '', 'bom.md', '  1:14  The ministry  said  [named, speech]', '', 'emoji.md', '  1:29  The ministry  said  [named, speech]', '', '3 attributions in 3 files', ''],
        );
        const supports = lines.filter((l) => l.includes('supports:'));
        assert.equal(supports.length, 3);
        for (const line of supports) assert.match(line, /^ {6}supports: "40 people died\.?" \(line 1\)$/);
      });
    });

    it('names a draft without attributions, and a skipped one, and counts only the files read', async () => {
      await inFolder({'clean.md': cleanDraft, 'big.md': figureDraft.repeat(10), 'plain.md': ministry}, async (dir) => {
        const {stdout} = ok(await run(dir, ['sources', '--max-file-size', '100', 'big.md', 'clean.md']));
        assert.equal(stdout, 'big.md  skipped  file is 330 B, above the 100 B limit (--max-file-size)\n\nclean.md\n  no attributions\n\n0 attributions in 1 file\n');
        assert.match(ok(await run(dir, ['sources', 'plain.md', 'clean.md'])).stdout, /\n1 attribution in 2 files\n$/);
      });
    });
  });

  describe('--format markdown', () => {
    it("is a fact-checker's list: a heading per file, a bullet per source with quality and cues, sub-bullets with lines", async () => {
      await inFolder({'seed-article.md': seed, 'clean.md': cleanDraft}, async (dir) => {
        const {stdout} = ok(await run(dir, ['sources', '--format', 'markdown', 'seed-article.md', 'clean.md']));
        const lines = stdout.split('\n').filter((l) => l !== '');
        for (const line of lines) {
          assert.match(line, /^(## Sources in \S+|- \*\*.+\*\* \((named|vague|anonymous|absent); .+\)|  - lines? \d+(–\d+)?: .+|No attributions\.)$/, `line: ${line}`);
        }
        assert.deepEqual(lines.filter((l) => l.startsWith('## ')), ['## Sources in seed-article.md', '## Sources in clean.md']);
        assert.equal(stdout.slice(stdout.indexOf('## Sources in clean.md')), '## Sources in clean.md\n\nNo attributions.\n');

        // A source's bullet and the sub-bullets under it.
        const source = (name: string): {bullet: string; items: string[]} => {
          const i = lines.findIndex((l) => l.startsWith(`- **${name}** (`));
          assert.ok(i !== -1, `a bullet for ${name} in\n${stdout}`);
          const items: string[] = [];
          for (let j = i + 1; j < lines.length && lines[j].startsWith('  - '); j++) items.push(lines[j]);
          return {bullet: lines[i], items};
        };
        const hamas = source('Hamas government in Gaza');
        assert.equal(hamas.bullet, '- **Hamas government in Gaza** (named; reported)');
        assert.deepEqual(hamas.items.map((l) => l.startsWith(`  - line ${lineOf(seed, '20,000')}: `) && l.includes('20,000')), [true]);
        // Blinken and "He": one source, every cue, one sub-bullet per statement.
        const blinken = source('US Secretary of State Antony Blinken');
        assert.match(blinken.bullet, /^- \*\*US Secretary of State Antony Blinken\*\* \(named; .*expressed, emphasized\)$/);
        assert.equal(blinken.items.length, 2);
        for (const item of blinken.items) assert.ok(item.startsWith(`  - line ${lineOf(seed, 'Antony Blinken')}: `), item);
        assert.ok(blinken.items.some((l) => l.includes('optimism about the possibility')));
        assert.ok(blinken.items.some((l) => l.includes('involvement in facilitating')));
        assert.match(source('Israeli Prime Minister Benjamin Netanyahu').items.join('\n'), /no ceasefire[\s\S]*the conflict will continue/);
        const reports = source('reports');
        assert.match(reports.bullet, /^- \*\*reports\*\* \(vague; based on\)$/);
        assert.deepEqual(reports.items.map((l) => l.startsWith(`  - line ${lineOf(seed, '250')}: `) && l.includes('250')), [true]);
      });
    });
  });

  describe('file selection, stdin and output (as for check)', () => {
    const tree = {
      'a.md': ministry,
      'sub/b.markdown': 'Officials said the bridge would reopen.\n',
      'sub/notes.txt': ministry,
      'node_modules/pkg/readme.md': ministry,
      'drafts/old/z.md': ministry,
      'drafts/new.md': cleanDraft,
      '.sourced.json': '{"ignore": ["drafts/old"]}',
    };
    const relative = (dir: string, files: FileJson[]): string[] => files.map((f) => path.relative(dir, f.filePath).split(path.sep).join('/'));

    it('no paths: every .md and .markdown file under the folder, skipping node_modules and "ignore" globs, as check does', async () => {
      await inFolder(tree, async (dir) => {
        const files = parseSources(ok(await run(dir, ['sources', '--format', 'json'])).stdout);
        assert.deepEqual(relative(dir, files), ['a.md', 'drafts/new.md', 'sub/b.markdown']);
        const checked = JSON.parse(ok(await run(dir, ['check', '--format', 'json'])).stdout) as Array<{filePath: string}>;
        assert.deepEqual(files.map((f) => f.filePath), checked.map((f) => f.filePath));
        assert.equal(files[2].attributions[0].source?.text, 'Officials');
        // A folder argument walks the same way; a glob too.
        assert.deepEqual(relative(dir, parseSources(ok(await run(dir, ['sources', '-f', 'json', 'drafts'])).stdout)), ['drafts/new.md']);
        assert.deepEqual(relative(dir, parseSources(ok(await run(dir, ['sources', '-f', 'json', '**/*.markdown'])).stdout)), ['sub/b.markdown']);
      });
    });

    it('reads stdin for -, reported as <stdin>, offsets into the text as sent (a byte-order mark included)', async () => {
      await inFolder({}, async (dir) => {
        const [file] = parseSources(ok(await run(dir, ['sources', '-f', 'json', '-'], ministry)).stdout, new Map([['<stdin>', ministry]]));
        assert.equal(file.filePath, '<stdin>');
        assert.equal(find(file, 'The ministry', 'said').cue.start, ministry.indexOf('said'));
        const withBom = `\ufeff${ministry}`;
        const [bom] = parseSources(ok(await run(dir, ['sources', '-f', 'json', '-'], Buffer.from(withBom, 'utf8'))).stdout, new Map([['<stdin>', withBom]]));
        assert.equal(find(bom, 'The ministry', 'said').cue.start, withBom.indexOf('said'));
        assert.match(ok(await run(dir, ['sources', '-'], ministry)).stdout, /^<stdin>\n {2}1:14 {2}The ministry {2}said /);
      });
    });

    it('--stdin-filename names stdin and picks the .sourced.json beside it', async () => {
      await inFolder({'desk/.sourced.json': '{"rules": {"unsourced-figure": "error"}}'}, async (dir) => {
        const stylish = ok(await run(dir, ['sources', '--stdin-filename', 'desk/story.md', '-'], ministry));
        assert.match(stylish.stdout, /^desk\/story\.md\n {2}1:14 {2}The ministry {2}said /);
        const [file] = parseSources(ok(await run(dir, ['sources', '-f', 'json', '--stdin-filename', 'desk/story.md', '-'], ministry)).stdout);
        assert.equal(file.filePath, path.join(dir, 'desk', 'story.md'));
        // The desk's config makes an unsourced figure an error: exit 1, the list still printed.
        const strict = ok(await run(dir, ['sources', '--stdin-filename', 'desk/story.md', '-'], figureDraft), 1);
        assert.match(strict.stdout, /^desk\/story\.md\n/);
        ok(await run(dir, ['sources', '-'], figureDraft), 0);
      });
    });

    it('-o writes the list to a file (nothing on stdout, no stray files) and never overwrites an input', async () => {
      await inFolder({'a.md': ministry, 'out/keep.txt': 'x'}, async (dir) => {
        const expected = ok(await run(dir, ['sources', '--format', 'markdown', 'a.md'])).stdout;
        assert.match(expected, /^## Sources in a\.md\n/);
        const written = ok(await run(dir, ['sources', '--format', 'markdown', '-o', 'out/sources.md', 'a.md']));
        assert.equal(written.stdout, '');
        assert.equal(readFileSync(path.join(dir, 'out', 'sources.md'), 'utf8'), expected);
        assert.deepEqual(readdirSync(path.join(dir, 'out')).sort(), ['keep.txt', 'sources.md']);
        ok(await run(dir, ['sources', '-f', 'json', '--output', 'out/sources.json', 'a.md']));
        parseSources(readFileSync(path.join(dir, 'out', 'sources.json'), 'utf8'));
        usage(await run(dir, ['sources', '-o', 'a.md', 'a.md']), /--output would overwrite a file being checked \(a\.md\)/);
        assert.equal(readFileSync(path.join(dir, 'a.md'), 'utf8'), ministry);
      });
    });
  });

  describe('exit codes', () => {
    it('0 when no draft has an error-severity finding (warnings alone do not fail)', async () => {
      await inFolder({'toll.md': figureDraft, 'plain.md': ministry}, async (dir) => {
        ok(await run(dir, ['sources', 'toll.md', 'plain.md']), 0);
        ok(await run(dir, ['sources', '-f', 'json', 'toll.md']), 0);
      });
    });

    it('1 when a draft has error-severity findings (a rule set to "error" in .sourced.json), with the list still printed', async () => {
      await inFolder({'.sourced.json': '{"rules": {"unsourced-figure": "error"}}', 'toll.md': figureDraft, 'plain.md': ministry}, async (dir) => {
        const {stdout} = ok(await run(dir, ['sources', '--format', 'json', 'toll.md', 'plain.md']), 1);
        assert.equal(parseSources(stdout).length, 2);
        ok(await run(dir, ['sources', '--format', 'markdown', 'toll.md']), 1);
        ok(await run(dir, ['sources', 'plain.md']), 0);
      });
      // --config replaces the walk up, as for check.
      await inFolder({'.sourced.json': '{"rules": {"unsourced-figure": "off"}}', 'strict.json': '{"rules": {"unsourced-figure": "error"}}', 'toll.md': figureDraft}, async (dir) => {
        ok(await run(dir, ['sources', 'toll.md']), 0);
        ok(await run(dir, ['sources', '--config', 'strict.json', 'toll.md']), 1);
      });
    });

    it('2 for a usage error: check-only flags, a format sources does not have', async () => {
      await inFolder({'a.md': ministry}, async (dir) => {
        usage(await run(dir, ['sources', '--fix', 'a.md']), /--fix is for "sourced check", not "sourced sources"/);
        usage(await run(dir, ['sources', '--quiet', 'a.md']), /--quiet is for "sourced check"/);
        usage(await run(dir, ['sources', '--max-warnings', '0', 'a.md']), /--max-warnings is for "sourced check"/);
        usage(await run(dir, ['sources', '--format', 'sarif', 'a.md']), /unknown format "sarif" for sources \(use one of: stylish, json, markdown\)/);
        usage(await run(dir, ['sources', '-f', 'github', 'a.md']), /unknown format "github" for sources/);
        usage(await run(dir, ['sources', '-', '-']), /stdin \(-\) can be given only once/);
        usage(await run(dir, ['sources', '--stdin-filename', 'x.md', 'a.md']), /--stdin-filename needs -/);
        assert.equal(readFileSync(path.join(dir, 'a.md'), 'utf8'), ministry, '--fix wrote nothing');
      });
    });

    it('2 for a missing file, a folder without Markdown, a binary draft and a bad config', async () => {
      await inFolder({'a.md': ministry, 'notes/readme.txt': 'x', 'photo.md': new Uint8Array([0x89, 0x50, 0, 0x47]), 'desk/.sourced.json': '{"rulez": {}}', 'desk/b.md': ministry}, async (dir) => {
        usage(await run(dir, ['sources', 'nope.md']), /no such file or folder \(nope\.md\)/);
        usage(await run(dir, ['sources', 'a.md', 'nope.md']), /no such file or folder \(nope\.md\)/);
        usage(await run(dir, ['sources', 'notes']), /no Markdown files .* in folder \(notes\)/);
        usage(await run(dir, ['sources', 'photo.md']), /binary file, not a text draft .* \(photo\.md\)/);
        usage(await run(dir, ['sources', 'desk/b.md']), /unknown key "rulez".* \(desk\/\.sourced\.json, key "rulez"\)/);
      });
    });
  });
});
