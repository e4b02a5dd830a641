// `npm run bench`: speed of sourced against remark-parse alone and the peers, plus cold start, bundle size, edit latency and pathological inputs.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import esbuild from 'esbuild';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import writeGood from 'write-good';
import {createLinter, createLocator, lint, resolveConfig, ruleIds, type Finding} from '../src/core/index.js';
import {collectLanguageProse, collectNewsProse, countWords, uniqueDraft} from './generate.js';
import {buildParseFloor, manyFilesRows, timeManyFiles, writeDrafts} from './many-files.js';
import {pathologicalInputs} from './pathological.js';
import {createRetextProcessor, createTextlint, runRetext} from './peers.js';

const repoRoot = path.resolve(__dirname, '..');
const sizes = [10_000, 30_000, 100_000];

/** Wall time in ms of one synchronous call. */
function timeSync(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Wall time in ms of one call. */
async function timeOnce(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function middle(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall time in ms of `fn` after `warmup` unmeasured calls; stops early once `budgetMs` is spent. */
async function median(fn: () => unknown, runs: number, warmup = 2, budgetMs = 20_000): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  let spent = 0;
  while (times.length < runs && (times.length === 0 || spent < budgetMs)) {
    const t = await timeOnce(fn);
    times.push(t);
    spent += t;
  }
  return middle(times);
}

const runsFor = (words: number): number => (words >= 100_000 ? 7 : words >= 30_000 ? 9 : 15);
const ms = (value: number | undefined): string => (value === undefined ? 'n/a' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const ratio = (value: number, floor: number): string => `${(value / floor).toFixed(2)}×`;

interface Row {
  name: string;
  run(text: string): unknown;
}

/**
 * With SOURCED_BENCH_BASELINE set to another build's dist/index.js (say, of the commit before a change), two more rows
 * in the same rounds: this checkout's bundle and that one, so a change's effect is a ratio measured under one load.
 */
function baselineRows(): Row[] {
  const baseline = process.env.SOURCED_BENCH_BASELINE;
  if (!baseline) return [];
  // The bundles are CommonJS; bench runs as an ES module under tsx.
  const load = (file: string) => createRequire(__filename)(path.resolve(file)) as {lint(text: string): unknown};
  const current = load(path.join(repoRoot, 'dist', 'index.js'));
  const before = load(baseline);
  return [
    {name: 'sourced: full lint, this dist/index.js', run: (t) => current.lint(t)},
    {name: `baseline: full lint, ${baseline}`, run: (t) => before.lint(t)},
  ];
}

async function speedTable(drafts: Map<number, string>): Promise<Map<string, number[]>> {
  const floorParser = unified().use(remarkParse);
  const coreParser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);
  const retext = createRetextProcessor();
  const textlint = await createTextlint();
  const rows: Row[] = [
    {name: 'remark-parse alone (floor)', run: (t) => floorParser.parse(t)},
    {name: 'remark-parse + gfm + frontmatter', run: (t) => coreParser.parse(t)},
    {name: '**sourced: full lint**', run: (t) => lint(t)},
    ...ruleIds.map((id) => {
      const config = resolveConfig({rules: Object.fromEntries(ruleIds.filter((other) => other !== id).map((other) => [other, 'off']))}, ruleIds);
      return {name: `sourced: ${id} alone`, run: (t: string) => lint(t, {config})};
    }),
    ...baselineRows(),
    {name: 'write-good (raw text, no parsing)', run: (t) => writeGood(t)},
    {name: 'retext-intensify (remark-retext)', run: (t) => runRetext(retext, t)},
    {name: 'textlint + textlint-rule-write-good', run: (t) => textlint.lintText(t)},
  ];
  const results = new Map<string, number[]>(rows.map((row) => [row.name, []]));
  for (const words of sizes) {
    const text = drafts.get(words)!;
    for (const row of rows) await row.run(text);
    // Rounds interleave the rows, so load from other processes falls on every row alike and the ratios hold.
    const times = new Map<string, number[]>(rows.map((row) => [row.name, []]));
    for (let round = 0; round < runsFor(words); round++) {
      for (const row of rows) times.get(row.name)!.push(await timeOnce(() => row.run(text)));
    }
    for (const row of rows) results.get(row.name)!.push(middle(times.get(row.name)!));
  }
  const floor = results.get(rows[0].name)!;
  console.log(`| | ${sizes.map((w) => `${w.toLocaleString('en-US')} words ms | × floor`).join(' | ')} |`);
  console.log(`| --- | ${sizes.map(() => '---: | ---:').join(' | ')} |`);
  for (const [name, times] of results) {
    console.log(`| ${name} | ${times.map((t, i) => `${ms(t)} | ${ratio(t, floor[i])}`).join(' | ')} |`);
  }
  return results;
}

/** Median wall time of spawning `node args…` ten times (after one uncounted spawn that warms the file cache). */
function spawnMedian(args: string[], cwd: string): number {
  const times: number[] = [];
  for (let i = 0; i < 11; i++) {
    const start = performance.now();
    const child = spawnSync(process.execPath, args, {cwd, encoding: 'utf8'});
    const elapsed = performance.now() - start;
    if (child.status === 2 || child.error) throw new Error(`node ${args.join(' ')} failed: ${child.stderr}`);
    if (i > 0) times.push(elapsed);
  }
  return middle(times);
}

function cliColdStart(draft: string): {cli: number; node: number} | undefined {
  const cli = path.join(repoRoot, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourced-bench-'));
  const file = path.join(dir, 'draft.md');
  fs.writeFileSync(file, draft);
  try {
    return {cli: spawnMedian([cli, 'check', file], dir), node: spawnMedian(['-e', ''], dir)};
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

/**
 * The whole CLI on one big draft against a process that only reads and parses it (remark-parse, bundled like the
 * CLI), both minus bare node's start-up; each spawned in interleaved rounds.
 */
async function cliAgainstParseProcess(draft: string, rounds: number): Promise<{cli: number; parse: number; node: number} | undefined> {
  const cli = path.join(repoRoot, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourced-bench-'));
  const file = path.join(dir, 'draft.md');
  const parseOnly = path.join(dir, 'parse-only.js');
  fs.writeFileSync(file, draft);
  await esbuild.build({
    stdin: {
      contents: "import fs from 'node:fs'; import remarkParse from 'remark-parse'; import {unified} from 'unified';\n" +
        "unified().use(remarkParse).parse(fs.readFileSync(process.argv[2], 'utf8'));",
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: parseOnly, logLevel: 'silent',
  });
  const once = (args: string[]) => {
    const start = performance.now();
    const child = spawnSync(process.execPath, args, {cwd: dir, encoding: 'utf8'});
    if (child.status === 2 || child.error) throw new Error(`node ${args.join(' ')} failed: ${child.stderr}`);
    return performance.now() - start;
  };
  try {
    const rows = {cli: [cli, 'check', '--jobs', '1', file], parse: [parseOnly, file], node: ['-e', '']};
    const times = {cli: [] as number[], parse: [] as number[], node: [] as number[]};
    for (const args of Object.values(rows)) once(args);
    for (let round = 0; round < rounds; round++) for (const [name, args] of Object.entries(rows)) times[name as keyof typeof rows].push(once(args));
    return {cli: middle(times.cli), parse: middle(times.parse), node: middle(times.node)};
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

/**
 * A French or German draft of at least `words` words under `lang:` front matter: {@link uniqueDraft} of the unique
 * blocks of the language's tuning folder (test/corpus/news-fr or news-de).
 */
function languageDraft(code: 'fr' | 'de', words: number): string {
  return `---\nlang: ${code}\n---\n\n${uniqueDraft(collectLanguageProse(repoRoot, code).blocks, words)}`;
}

/**
 * One row of the French and German table, printed by a child process of its own (`--language-row fr|de`): a process
 * that has linted long drafts of one of these languages lints the other up to twice as slowly (measured in session
 * 44: a 30,000-word German draft 600 ms after French drafts, 270-290 ms alone, most of it in patterns V8 then runs in
 * its regexp interpreter; `--no-regexp-tier-up` removes the gap; none in a `sourced check` run over mixed folders).
 */
function languageRow(code: 'fr' | 'de'): void {
  const floorParser = unified().use(remarkParse);
  const cells: string[] = [];
  for (const words of [10_000, 30_000]) {
    const draft = languageDraft(code, words);
    for (let i = 0; i < 2; i++) {
      lint(draft);
      floorParser.parse(draft);
    }
    const times = {lint: [] as number[], parse: [] as number[]};
    for (let round = 0; round < runsFor(words); round++) {
      times.lint.push(timeSync(() => lint(draft)));
      times.parse.push(timeSync(() => floorParser.parse(draft)));
    }
    cells.push(ms(middle(times.lint)), ratio(middle(times.lint), middle(times.parse)));
  }
  const keystroke = changeToDiagnostics(languageDraft(code, 10_000)).incremental;
  console.log(`| ${code === 'fr' ? 'French' : 'German'} (test/corpus/news-${code}) | ${cells.join(' | ')} | ${ms(keystroke.median)} ms (${ms(keystroke.p95)} ms) |`);
}

/** French and German: full lint against remark-parse alone at 10k and 30k words, and a keystroke at 10k words. */
function languagesTable(): void {
  console.log('| language | 10,000 words: lint ms | × floor | 30,000 words: lint ms | × floor | keystroke at 10k, `createLinter`: median (p95) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const code of ['fr', 'de']) {
    const child = spawnSync(process.execPath, [...process.execArgv, __filename, '--language-row', code], {cwd: repoRoot, encoding: 'utf8'});
    if (child.status !== 0) throw new Error(`language row ${code} failed: ${child.stderr}`);
    process.stdout.write(child.stdout);
  }
}

/** The many-files table: 2,000 drafts of 300–1,500 words (rounds from SOURCED_BENCH_ROUNDS, default 3). */
function manyFilesTable(prose: readonly string[]): void {
  const count = 2000;
  const rounds = Number(process.env.SOURCED_BENCH_ROUNDS ?? 3);
  const dir = writeDrafts(prose, count);
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourced-cache-'));
  try {
    const words = fs.readdirSync(dir).reduce((sum, name) => sum + countWords(fs.readFileSync(path.join(dir, name), 'utf8')), 0);
    const before = loadAverage();
    const results = timeManyFiles(dir, manyFilesRows(path.join(cacheDir, 'cache.json'), buildParseFloor(cacheDir)), rounds);
    console.log(`${count.toLocaleString('en-US')} drafts (${words.toLocaleString('en-US')} words, unique paragraphs within each draft), median of ${rounds} interleaved rounds after a warm-up round; load average ${before} before, ${loadAverage()} after.\n`);
    console.log('| command | wall s | × `--jobs 1` | CPU | peak memory |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const r of results) {
      console.log(`| ${r.name} | ${(r.ms / 1000).toFixed(2)} | ${(r.ms / results[0].ms).toFixed(2)}× | ${Number.isNaN(r.cpuPercent) ? 'n/a' : `${r.cpuPercent}%`} | ${Number.isNaN(r.maxRssMb) ? 'n/a' : `${r.maxRssMb.toFixed(0)} MB`} |`);
    }
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
    fs.rmSync(cacheDir, {recursive: true, force: true});
  }
}

/** The 1-, 5- and 15-minute load averages, as `uptime` prints them. */
function loadAverage(): string {
  return os.loadavg().map((x) => x.toFixed(2)).join(', ');
}

/** esbuild.js's web-modules plugin: list-drafts.js resolves to list-drafts.web.ts in the browser bundle. */
const webModules: esbuild.Plugin = {
  name: 'web-modules',
  setup(build) {
    build.onResolve({filter: /\/list-drafts\.js$/}, (args) => ({path: path.join(args.resolveDir, 'list-drafts.web.ts')}));
  },
};

async function bundleSizes(): Promise<void> {
  const bundles = [
    {file: 'dist/extension.js', entry: 'src/extension/extension.ts', platform: 'node' as const, external: ['vscode']},
    {file: 'dist/web/extension.js', entry: 'src/extension/extension.ts', platform: 'browser' as const, external: ['vscode']},
    {file: 'dist/cli.js', entry: 'src/cli/bin.ts', platform: 'node' as const, external: []},
  ];
  console.log('| bundle | as built (dev) | minified (as --production) | target |');
  console.log('| --- | ---: | ---: | --- |');
  for (const b of bundles) {
    const built = path.join(repoRoot, b.file);
    const dev = fs.existsSync(built) ? `${(fs.statSync(built).size / 1024).toFixed(0)} KiB` : 'n/a';
    let minified = 'n/a';
    if (fs.existsSync(path.join(repoRoot, b.entry))) {
      // Same entry and platform as esbuild.js, built in memory so dist/ is left as the build step wrote it.
      const out = await esbuild.build({
        entryPoints: [path.join(repoRoot, b.entry)],
        bundle: true,
        minify: true,
        write: false,
        platform: b.platform,
        format: 'cjs',
        external: b.external,
        logLevel: 'silent',
        // As esbuild.js's web build does: the browser bundle lists drafts with list-drafts.web.ts, not node:fs.
        plugins: b.platform === 'browser' ? [webModules] : [],
      });
      minified = `${(out.outputFiles[0].contents.byteLength / 1024).toFixed(0)} KiB`;
    }
    console.log(`| ${b.file} | ${dev} | ${minified} | ${b.file.includes('extension') ? '≤ 1 MB' : ''} |`);
  }
}

/** The `p`-quantile (0..1) of `times`, nearest rank. */
function quantile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** Median and 95th percentile of per-keystroke times, ms. */
interface KeystrokeTimes {
  median: number;
  p95: number;
}

/**
 * The extension's path on every keystroke: new text → lint → every range converted to line/column. A word is typed
 * letter by letter at five places of the draft (a tenth, three tenths … nine tenths in), each state timed with a
 * fresh `lint` and with `createLinter` (which re-parses only the changed chunk and re-analyses only the changed
 * sentences), the two alternating, after two warm-up keystrokes.
 */
function changeToDiagnostics(draft: string): {full: KeystrokeTimes; incremental: KeystrokeTimes} {
  const places = [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => draft.indexOf(' ', Math.floor(draft.length * f)));
  const linter = createLinter();
  linter.lint(draft);
  const publish = (text: string, findings: readonly Finding[]) => {
    const locator = createLocator(text);
    return findings.map((f) => [locator.toPoint(f.start), locator.toPoint(f.end)]);
  };
  const full: number[] = [];
  const incremental: number[] = [];
  let text = draft;
  let keystroke = 0;
  // Characters typed so far at each place: a place moves by what was typed at and before it.
  const typed = places.map(() => 0);
  for (let round = 0; round < 2; round++) {
    places.forEach((at, k) => {
      for (const ch of ' word') {
        let pos = at;
        for (let j = 0; j <= k; j++) pos += typed[j];
        text = text.slice(0, pos) + ch + text.slice(pos);
        typed[k]++;
        const a = timeSync(() => publish(text, lint(text).findings));
        const b = timeSync(() => publish(text, linter.lint(text).findings));
        if (keystroke++ >= 2) {
          full.push(a);
          incremental.push(b);
        }
      }
    });
  }
  const summary = (times: number[]): KeystrokeTimes => ({median: middle(times), p95: quantile(times, 0.95)});
  return {full: summary(full), incremental: summary(incremental)};
}

const timeoutMs = 30_000;

/** Time one pathological input in a child process, killed after `timeoutMs`: a hang or a crash is reported, not suffered. */
function timePathological(index: number, chars: number, tool: 'lint' | 'parse'): number | string {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'pathological.ts'), String(index), String(chars), tool], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  if (child.error || child.signal) return `> ${timeoutMs / 1000} s (killed)`;
  try {
    const out = JSON.parse(child.stdout) as {ms?: number; error?: string};
    return out.ms ?? `throws ${out.error}`;
  } catch {
    return `crashed: ${child.stderr.trim().split('\n').pop()?.slice(0, 60) ?? ''}`;
  }
}

async function pathologicalTable(): Promise<void> {
  console.log('| input | lint 10k chars ms | lint 100k chars ms | 100k / 10k | remark-parse 10k / 100k ms | verdict |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- |');
  const show = (v: number | string) => (typeof v === 'number' ? ms(v) : v);
  pathologicalInputs.forEach((input, index) => {
    const lint10k = timePathological(index, 10_000, 'lint');
    const lint100k = typeof lint10k === 'number' ? timePathological(index, 100_000, 'lint') : 'not run';
    const parse10k = timePathological(index, 10_000, 'parse');
    const parse100k: number | string = typeof parse10k === 'number' ? timePathological(index, 100_000, 'parse') : 'not run';
    let verdict: string;
    if (typeof lint10k !== 'number' || typeof lint100k !== 'number') {
      // Judge against remark-parse at the size where lint gave up.
      const [failed, parsed] = typeof lint10k !== 'number' ? [lint10k, parse10k] : [lint100k, parse100k];
      const what = typeof failed === 'string' && failed.startsWith('>') ? 'TOO SLOW' : 'FAILS';
      verdict = `${what} (${typeof parsed === 'number' ? 'remark-parse copes' : 'so does remark-parse'})`;
    } else {
      const growth = lint100k / lint10k;
      const floorGrowth = typeof parse10k === 'number' && typeof parse100k === 'number' ? parse100k / parse10k : undefined;
      // Timings of a few ms are noisy on a shared machine: call it superlinear only past 20× and 250 ms.
      // The parser is to blame only when it grows as fast and accounts for at least half of the time.
      const parserBound = floorGrowth !== undefined && floorGrowth > 20 && typeof parse100k === 'number' && parse100k * 2 >= lint100k;
      verdict = growth > 20 && lint100k > 250 ? (parserBound ? 'superlinear (so is remark-parse)' : 'SUPERLINEAR') : 'linear';
    }
    const growth = typeof lint10k === 'number' && typeof lint100k === 'number' ? `${(lint100k / lint10k).toFixed(1)}×` : 'n/a';
    console.log(`| ${input.name} | ${show(lint10k)} | ${show(lint100k)} | ${growth} | ${show(parse10k)} / ${show(parse100k)} | ${verdict} |`);
  });
}

async function main(): Promise<void> {
  const row = process.argv.indexOf('--language-row');
  if (row >= 0) {
    languageRow(process.argv[row + 1] === 'de' ? 'de' : 'fr');
    return;
  }
  const prose = collectNewsProse(repoRoot);
  if (prose.words < sizes[sizes.length - 1]) {
    throw new Error(`only ${prose.words} words of unique prose: the 100k-word draft needs ../shared/data/news/en.jsonl beside the checkout`);
  }
  const drafts = new Map(sizes.map((words) => [words, uniqueDraft(prose.blocks, words)]));
  console.log(
    `Speed on drafts of ${sizes.map((w) => `${w.toLocaleString('en-US')}`).join(', ')} words of published news (test/corpus/news, news-holdout, drafts ` +
      `and ../shared/data/news/en.jsonl), no paragraph repeated; median of ${sizes.map(runsFor).join('/')} interleaved rounds after a warm-up; ` +
      `Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.availableParallelism()}; load average ${loadAverage()}.\n`,
  );
  const results = await speedTable(drafts);
  const floor = results.get('remark-parse alone (floor)')!;
  const full = results.get('**sourced: full lint**')!;
  console.log(`\nLoad average after the speed table: ${loadAverage()}.`);
  const changeMs = changeToDiagnostics(drafts.get(10_000)!);
  const cold = cliColdStart(uniqueDraft(prose.blocks, 1_000, 7));
  const whole = await cliAgainstParseProcess(drafts.get(100_000)!, 7);
  console.log('\n| measure | figure | target |');
  console.log('| --- | ---: | --- |');
  sizes.forEach((words, i) => console.log(`| full lint / remark-parse at ${words / 1000}k words (in-process) | ${ratio(full[i], floor[i])} | ≤ 1.3× |`));
  console.log(`| whole CLI / parse-only process at 100k words, both minus node's start-up | ${whole === undefined ? 'n/a' : `${ratio(whole.cli - whole.node, whole.parse - whole.node)} (${ms(whole.cli)} / ${ms(whole.parse)} / node ${ms(whole.node)} ms)`} | ≤ 1.5× |`);
  console.log(`| linearity: full lint 100k / 10k | ${ratio(full[2], full[0])} | ≤ 11× |`);
  console.log(`| linearity: remark-parse 100k / 10k | ${ratio(floor[2], floor[0])} | (floor) |`);
  const keystroke = (t: KeystrokeTimes) => `${ms(t.median)} ms (p95 ${ms(t.p95)} ms)`;
  console.log(`| change → diagnostics at 10k words, per keystroke (median of 48, 5 places): \`lint\` + line/column of every finding | ${keystroke(changeMs.full)} | ≤ 50 ms |`);
  console.log(`| change → diagnostics at 10k words, per keystroke: \`createLinter\` (changed chunk re-parsed, unchanged sentences' analysis reused) + line/column | ${keystroke(changeMs.incremental)} | ≤ 50 ms |`);
  console.log(`| CLI cold start, \`node dist/cli.js check\` on 1k words (median of 10) | ${cold === undefined ? 'n/a' : `${ms(cold.cli)} ms`} | ≤ 150 ms |`);
  console.log(`| of which bare \`node -e ''\` start-up | ${cold === undefined ? 'n/a' : `${ms(cold.node)} ms`} | (floor) |`);
  console.log(`\nFrench and German drafts (unique paragraphs of the tuning folders; remark-parse alone as the floor, in the same interleaved rounds):\n`);
  languagesTable();
  console.log('');
  await bundleSizes();
  console.log(`\nPathological inputs (issue 5): each timed in its own process (median of up to 3 runs, killed after ${timeoutMs / 1000} s); "SUPERLINEAR" when 10× the input costs more than 20× the time (and over 250 ms).\n`);
  await pathologicalTable();
  console.log('\nMany files: `sourced check` on every core and from its cache, beside markdownlint-cli2 and cspell on the same files.\n');
  manyFilesTable(prose.blocks);
  console.log('\nBenchmarks print figures; they never fail on time.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
