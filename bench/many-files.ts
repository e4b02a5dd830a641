// The CI case: `sourced check` over 2,000 drafts with --jobs 1 and with every core, beside markdownlint-cli2 and
// cspell on the same files, each run a child process timed in interleaved rounds, with its peak memory.
import {spawnSync} from 'node:child_process';
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
 * last run; the warm-up round fills it), and the two peers (exact versions in package.json).
 *
 * @param cacheFile
 *   Where the `--cache` row keeps its cache, outside the drafts' folder.
 */
export function manyFilesRows(cacheFile: string): ManyFilesRow[] {
  const cli = process.env.SOURCED_BENCH_CLI ?? path.join(repoRoot, 'dist', 'cli.js');
  const bin = (file: string) => path.join(repoRoot, 'node_modules', file);
  return [
    {name: 'sourced check --jobs 1', args: [cli, 'check', '--jobs', '1', '--format', 'json', '.']},
    {name: `sourced check (--jobs ${os.availableParallelism()}, the default)`, args: [cli, 'check', '--format', 'json', '.']},
    {name: 'sourced check --cache (warm: nothing changed)', args: [cli, 'check', '--cache', '--cache-location', cacheFile, '--format', 'json', '.']},
    {name: 'markdownlint-cli2', args: [bin('markdownlint-cli2/markdownlint-cli2-bin.mjs'), '**/*.md']},
    {name: 'cspell lint', args: [bin('cspell/bin.mjs'), 'lint', '--no-progress', '--no-summary', '**/*.md']},
  ];
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
