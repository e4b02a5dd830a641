// The CI case: `sourced check` over 2,000 drafts with --jobs 1 and with every core, beside markdownlint-cli2 and
// cspell on the same files, each run a child process timed in interleaved rounds, with its peak memory.
import {spawnSync} from 'node:child_process';
import esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {draftSet} from './generate.js';

const repoRoot = path.resolve(__dirname, '..');

/** One command of the many-files table. */
export interface ManyFilesRow {
  name: string;
  args: string[];
}

/** Median figures of one row: wall time (ms), peak resident memory (MB) and CPU use (%, 200 = two cores busy). */
export interface ManyFilesResult {
  name: string;
  ms: number;
  maxRssMb: number;
  cpuPercent: number;
}

/**
 * The rows: sourced on one thread, on every core, and answered from a warm `--cache` (nothing changed since the
 * last run; the warm-up round fills it); the floor, a process that only reads and parses the same files with
 * remark-parse, on one thread and on every core (see {@link buildParseFloor}); and the two peers (exact versions in
 * package.json).
 *
 * @param cacheFile
 *   Where the `--cache` row keeps its cache, outside the drafts' folder.
 * @param parseFloor
 *   The floor's script, from {@link buildParseFloor}.
 */
export function manyFilesRows(cacheFile: string, parseFloor: string): ManyFilesRow[] {
  const cli = process.env.SOURCED_BENCH_CLI ?? path.join(repoRoot, 'dist', 'cli.js');
  const bin = (file: string) => path.join(repoRoot, 'node_modules', file);
  const cores = os.availableParallelism();
  return [
    {name: 'sourced check --jobs 1', args: [cli, 'check', '--jobs', '1', '--format', 'json', '.']},
    {name: `sourced check (--jobs ${cores}, the default)`, args: [cli, 'check', '--format', 'json', '.']},
    {name: 'sourced check --cache (warm: nothing changed)', args: [cli, 'check', '--cache', '--cache-location', cacheFile, '--format', 'json', '.']},
    {name: 'remark-parse alone, one thread (the floor)', args: [parseFloor, '1']},
    {name: `remark-parse alone, ${cores} threads`, args: [parseFloor, String(cores)]},
    {name: 'markdownlint-cli2', args: [bin('markdownlint-cli2/markdownlint-cli2-bin.mjs'), '**/*.md']},
    {name: 'cspell lint', args: [bin('cspell/bin.mjs'), 'lint', '--no-progress', '--no-summary', '**/*.md']},
  ];
}

/**
 * Bundle (as the CLI is bundled) the many-files floor into `dir` and return its path: `node parse-files.js N` reads
 * every `.md` file of the working folder, in name order, and parses each with unified and remark-parse alone, on `N`
 * threads as `sourced check --jobs N` uses them (the calling thread and `N - 1` worker_threads, files dealt out in
 * turn). It prints the number of top-level nodes, so the parse cannot be skipped. It shows what more threads can
 * gain on this machine before any lint runs: each thread is a V8 isolate that loads and compiles its code again.
 *
 * @throws
 *   When esbuild cannot bundle it (remark-parse or unified missing).
 */
export function buildParseFloor(dir: string): string {
  const outfile = path.join(dir, 'parse-files.js');
  esbuild.buildSync({
    stdin: {
      contents: [
        "import fs from 'node:fs';",
        "import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads';",
        "import remarkParse from 'remark-parse';",
        "import {unified} from 'unified';",
        'const parser = unified().use(remarkParse);',
        "const parseAll = (files: string[]) => files.reduce((n, file) => n + parser.parse(fs.readFileSync(file, 'utf8')).children.length, 0);",
        'if (isMainThread) {',
        '  const threads = Math.max(1, Number(process.argv[2] ?? 1));',
        "  const files = fs.readdirSync('.').filter((name) => name.endsWith('.md')).sort();",
        '  const shares = Array.from({length: threads}, (_, i) => files.filter((_, k) => k % threads === i));',
        '  const others = shares.slice(1).map((share) => new Promise<number>((resolve, reject) => {',
        '    const worker = new Worker(__filename, {workerData: share});',
        "    worker.once('message', resolve);",
        "    worker.once('error', reject);",
        '  }));',
        '  const own = parseAll(shares[0]);',
        '  Promise.all(others).then((counts) => console.log(counts.reduce((a, b) => a + b, own)));',
        '} else parentPort!.postMessage(parseAll(workerData));',
      ].join('\n'),
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'silent',
  });
  return outfile;
}

/**
 * Write `count` drafts of 300–1,500 words into a new temporary folder.
 *
 * @returns
 *   The folder; the caller removes it.
 */
export function writeDrafts(prose: readonly string[], count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourced-many-'));
  draftSet(prose, count, 300, 1500).forEach((draft, i) => fs.writeFileSync(path.join(dir, `draft-${String(i).padStart(4, '0')}.md`), draft));
  return dir;
}

/** One run of `node args…` in `cwd` under /usr/bin/time when it exists (for peak memory and CPU). */
function runOnce(args: string[], cwd: string): {ms: number; maxRssMb: number; cpuPercent: number} {
  const time = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const command = time ?? process.execPath;
  const argv = time ? ['-f', 'SOURCED-BENCH %M %P', process.execPath, ...args] : args;
  const start = performance.now();
  const child = spawnSync(command, argv, {cwd, encoding: 'utf8', maxBuffer: 1 << 30});
  const ms = performance.now() - start;
  // Linters exit 1 when they find problems; 2 and above (or a signal) means the run itself failed.
  if (child.error || child.signal || (child.status ?? 0) > 1) throw new Error(`${args.join(' ')} failed: ${child.error?.message ?? child.stderr.slice(-500)}`);
  const m = /SOURCED-BENCH (\d+) (\d+)%/.exec(child.stderr);
  return {ms, maxRssMb: m ? Number(m[1]) / 1024 : Number.NaN, cpuPercent: m ? Number(m[2]) : Number.NaN};
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Time every row on the files of `dir` in `rounds` interleaved rounds (after one unmeasured warm-up round), so
 * load from other processes falls on every row alike and the ratios hold.
 */
export function timeManyFiles(dir: string, rows: readonly ManyFilesRow[], rounds: number): ManyFilesResult[] {
  for (const row of rows) runOnce(row.args, dir);
  const runs = rows.map(() => [] as Array<ReturnType<typeof runOnce>>);
  for (let round = 0; round < rounds; round++) rows.forEach((row, i) => runs[i].push(runOnce(row.args, dir)));
  return rows.map((row, i) => ({
    name: row.name,
    ms: median(runs[i].map((r) => r.ms)),
    maxRssMb: Math.max(...runs[i].map((r) => r.maxRssMb)),
    cpuPercent: median(runs[i].map((r) => r.cpuPercent)),
  }));
}
