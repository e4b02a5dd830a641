// Instruction counts (valgrind's callgrind) of the lint against remark-parse alone, steady state, and of the whole CLI
// against a process that only parses, both minus node's start-up: figures a loaded machine does not move.
//
//   node --import tsx bench/instructions.ts [--sizes 10000,30000,100000] [--dist DIR …] [--cli] [--warmup 5]
//     [--runs 1] [--jobs 2] [--threads main|all|both] [--draft-dir DIR]
//
// Each --dist is a built dist/ folder (default: this checkout's); give two (say, a copy of main's and this one) to
// compare builds on the same drafts. A steady-state figure is counted in one process: the draft is linted (or parsed)
// `--warmup` times, then callgrind's counters are zeroed on entry to libuv's uv_get_total_memory (os.totalmem()),
// the draft is linted `--runs` times and the counts are dumped on entry to uv_get_free_memory (os.freemem()): the
// figure is that dump divided by the runs. Whole processes (--cli) are counted from start to exit. Drafts come from
// bench/generate.ts (`SOURCED_BENCH_PROSE=polnear` takes PolNeAR's articles instead of ../shared/data/news).
//
// Threads (`--threads`, default both, each a separate callgrind run): `main` counts node's main thread alone
// (`--separate-threads=yes`, thread 1; callgrind zeroes and dumps only the thread that enters the trigger function,
// so the other threads' files are whole-process and are not read), `all` sums every thread (one file), as this tool
// did before session 24. V8 runs TurboFan and parts of the garbage collector on helper threads: on a machine with a
// free core they cost CPU but little wall time, so the main thread is what a lint's latency follows, and the gap
// between the two rows is the background compiling and collecting. Callgrind runs one thread at a time, so neither
// figure says how much of the helpers' work overlapped the main thread's.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import esbuild from 'esbuild';
import {collectNewsProse, uniqueDraft} from './generate.js';

const repoRoot = path.resolve(__dirname, '..');

/** Command-line options, see the header. */
interface Options {
  sizes: number[];
  dists: string[];
  cli: boolean;
  warmup: number;
  runs: number;
  jobs: number;
  threads: Threads[];
  draftDir?: string;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {sizes: [10_000, 30_000, 100_000], dists: [], cli: false, warmup: 5, runs: 1, jobs: 2, threads: ['main', 'all']};
  for (let i = 0; i < argv.length; i++) {
    const value = () => argv[++i];
    switch (argv[i]) {
      case '--sizes': options.sizes = value().split(',').map(Number); break;
      case '--dist': options.dists.push(path.resolve(value())); break;
      case '--cli': options.cli = true; break;
      case '--warmup': options.warmup = Number(value()); break;
      case '--runs': options.runs = Number(value()); break;
      case '--jobs': options.jobs = Number(value()); break;
      case '--threads': {
        const threads = value();
        options.threads = threads === 'both' ? ['main', 'all'] : [threads as Threads];
        break;
      }
      case '--draft-dir': options.draftDir = path.resolve(value()); break;
      default: throw new Error(`unknown option ${argv[i]}`);
    }
  }
  if (options.dists.length === 0) options.dists.push(path.join(repoRoot, 'dist'));
  return options;
}

/**
 * The runner, bundled with remark-parse: `node runner.js parse|DIST/index.js FILE WARMUP RUNS` parses (or lints with
 * that bundle) the file WARMUP times, calls os.totalmem(), RUNS more times, then os.freemem().
 */
const runnerSource = `
import fs from 'node:fs';
import os from 'node:os';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
const [mode, file, warmup, runs] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
let run;
if (mode === 'parse') {
  const parser = unified().use(remarkParse);
  run = () => parser.parse(text);
} else {
  const bundle = require(mode);
  run = () => bundle.lint(text);
}
for (let i = 0; i < Number(warmup); i++) run();
os.totalmem();
for (let i = 0; i < Number(runs); i++) run();
os.freemem();
`;

/** Which threads a count covers: node's main thread alone, or every thread (V8's compiler and GC helpers too). */
type Threads = 'main' | 'all';

/**
 * Run `valgrind --tool=callgrind` on `node args…`; resolves to the instructions counted (in the dump, when `steady`)
 * on the main thread (`--separate-threads=yes`, callgrind's thread 1: a zeroing or dump triggered by a function only
 * touches the thread that called it) or on all threads (one file, every thread's costs summed).
 */
function callgrind(args: string[], outFile: string, steady: boolean, threads: Threads): Promise<number> {
  const valgrindArgs = ['--tool=callgrind', `--callgrind-out-file=${outFile}`];
  if (threads === 'main') valgrindArgs.push('--separate-threads=yes');
  if (steady) valgrindArgs.push('--zero-before=uv_get_total_memory', '--dump-before=uv_get_free_memory');
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', [...valgrindArgs, process.execPath, ...args], {stdio: ['ignore', 'ignore', 'pipe']});
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => {
      const file = `${outFile}${steady ? '.1' : ''}${threads === 'main' ? '-01' : ''}`;
      // "totals" is what the dump's own costs add up to: the "summary" of a dump after a zeroing still counts what
      // ran before it.
      const summary = fs.existsSync(file) ? /^totals: (\d+)$/m.exec(fs.readFileSync(file, 'utf8')) : null;
      if (code === null || !summary) reject(new Error(`valgrind node ${args.join(' ')} failed (${code}): ${stderr.slice(-400)}`));
      else resolve(Number(summary[1]));
    });
  });
}

/** Run `tasks` with at most `jobs` at once; results in the tasks' order. */
async function pool<T>(tasks: (() => Promise<T>)[], jobs: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({length: Math.min(jobs, tasks.length)}, worker));
  return results;
}

const millions = (n: number) => Math.round(n / 1e6).toLocaleString('en-US');
const times = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sourced-instructions-'));
  const draftDir = options.draftDir ?? work;
  fs.mkdirSync(draftDir, {recursive: true});
  const needed = [...options.sizes, ...(options.cli ? [100_000] : [])];
  const missing = needed.filter((words) => !fs.existsSync(path.join(draftDir, `draft-${words}.md`)));
  if (missing.length > 0) {
    const prose = collectNewsProse(repoRoot);
    for (const words of missing) fs.writeFileSync(path.join(draftDir, `draft-${words}.md`), uniqueDraft(prose.blocks, words));
  }
  const draft = (words: number) => path.join(draftDir, `draft-${words}.md`);
  const runner = path.join(work, 'runner.js');
  await esbuild.build({
    stdin: {contents: runnerSource, resolveDir: repoRoot, loader: 'ts'},
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: runner, logLevel: 'silent',
  });
  let counter = 0;
  const out = () => path.join(work, `callgrind.${counter++}`);
  const steady = (mode: string, words: number, threads: Threads) => () =>
    callgrind([runner, mode, draft(words), String(options.warmup), String(options.runs)], out(), true, threads).then((n) => n / options.runs);
  const whole = (args: string[], threads: Threads) => () => callgrind(args, out(), false, threads);
  const prose = options.draftDir ? `drafts from ${draftDir}` : `drafts in ${draftDir} (${process.env.SOURCED_BENCH_PROSE ?? 'shared'} prose)`;
  console.log(`Instructions (callgrind, millions), steady state: ${options.warmup} warm-up run(s), then ${options.runs} counted; ` +
    `Node ${process.version}; ${prose}.`);
  const label = (threads: Threads) => threads === 'main'
    ? 'main thread (what costs wall time when a core is free for V8\'s helper threads)'
    : 'all threads (the main thread plus V8\'s background compiler and GC helpers)';
  const rowNames = ['remark-parse alone', ...options.dists.map((d) => `lint, ${d}`)];
  const per = rowNames.length;
  for (const threads of options.threads) {
    const tasks = options.sizes.flatMap((words) =>
      [steady('parse', words, threads), ...options.dists.map((d) => steady(path.join(d, 'index.js'), words, threads))]);
    const counts = await pool(tasks, options.jobs);
    console.log(`\nOn the ${label(threads)}:\n`);
    console.log(`| ${threads} | ${options.sizes.map((w) => `${w / 1000}k words | × parse`).join(' | ')} |`);
    console.log(`| --- | ${options.sizes.map(() => '---: | ---:').join(' | ')} |`);
    rowNames.forEach((name, r) => {
      const cells = options.sizes.map((_, s) => `${millions(counts[s * per + r])} | ${times(counts[s * per + r], counts[s * per])}`);
      console.log(`| ${name} | ${cells.join(' | ')} |`);
    });
  }
  if (options.cli) {
    const parseOnly = path.join(work, 'parse-only.js');
    await esbuild.build({
      stdin: {
        contents: "import fs from 'node:fs'; import remarkParse from 'remark-parse'; import {unified} from 'unified';\n" +
          "unified().use(remarkParse).parse(fs.readFileSync(process.argv[2], 'utf8'));",
        resolveDir: repoRoot, loader: 'ts',
      },
      bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: parseOnly, logLevel: 'silent',
    });
    const file = draft(100_000);
    for (const threads of options.threads) {
      const [node, parse, ...clis] = await pool([
        whole(['-e', ''], threads), whole([parseOnly, file], threads),
        ...options.dists.map((d) => whole([path.join(d, 'cli.js'), 'check', '--jobs', '1', file], threads)),
      ], options.jobs);
      console.log(`\nWhole processes on 100k words, from start to exit, on the ${label(threads)}: bare node ${millions(node)}, ` +
        `parse-only ${millions(parse)}.\n`);
      console.log(`| CLI (${threads}) | instructions | minus node | × parse-only minus node |`);
      console.log('| --- | ---: | ---: | ---: |');
      options.dists.forEach((d, i) =>
        console.log(`| ${d}/cli.js check --jobs 1 | ${millions(clis[i])} | ${millions(clis[i] - node)} | ${times(clis[i] - node, parse - node)} |`));
    }
  }
  fs.rmSync(work, {recursive: true, force: true});
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
