// `--write-baseline` and `--baseline`: today's findings recorded by fingerprint, so that only new ones fail a run.
import * as path from 'node:path';
import {describeSystemError} from './errors.js';
import {CliError} from './errors.js';
import type {CliFs} from './files.js';
import type {FileReport} from './report.js';

/** The baseline file's format version; a file with another version is refused. */
export const baselineVersion = 1;

/** One recorded finding: where (relative to the repository root), which rule, and its fingerprint. */
export interface BaselineEntry {
  path: string;
  ruleId: string;
  fingerprint: string;
  /** The message when it was recorded, for people reading the file; not part of the key. */
  message: string;
}

/** The path of a report's file relative to the repository root with `/`, or the path as given when outside it. */
function keyPath(root: string, report: FileReport): string {
  if (!path.isAbsolute(report.filePath)) return report.filePath;
  const relative = path.relative(root, report.filePath);
  return relative.startsWith('..') || path.isAbsolute(relative) ? report.filePath : relative.split(path.sep).join('/');
}

const key = (entry: Pick<BaselineEntry, 'path' | 'ruleId' | 'fingerprint'>) => `${entry.path}\u0000${entry.ruleId}\u0000${entry.fingerprint}`;

/**
 * The baseline file for a run: every finding, sorted, as `{"version": 1, "findings": [{path, ruleId, fingerprint,
 * message}]}` with paths relative to the repository root, so the file works from any folder of the clone.
 */
export function formatBaseline(reports: readonly FileReport[], root: string): string {
  const findings: BaselineEntry[] = reports.flatMap((report) =>
    report.messages.map((m) => ({path: keyPath(root, report), ruleId: m.ruleId, fingerprint: m.fingerprint, message: m.message})),
  );
  findings.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return JSON.stringify({version: baselineVersion, tool: 'sourced', findings}, null, 2) + '\n';
}

/**
 * Read a baseline file into a set of keys.
 *
 * @throws {CliError}
 *   When the file cannot be read or is not a baseline `sourced --write-baseline` wrote.
 */
export async function readBaseline(fs: CliFs, file: string, shown: string): Promise<Set<string>> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8').decode(await fs.readFile(file)));
  } catch (error) {
    if (error instanceof SyntaxError) throw new CliError(`invalid baseline: ${error.message}`, shown);
    throw new CliError(`cannot read baseline: ${describeSystemError(error)}`, shown);
  }
  const baseline = value as {version?: unknown; findings?: unknown};
  if (baseline?.version !== baselineVersion || !Array.isArray(baseline.findings)) {
    throw new CliError(`invalid baseline: expected {"version": ${baselineVersion}, "findings": [...]} as written by --write-baseline`, shown);
  }
  const keys = new Set<string>();
  for (const entry of baseline.findings as Array<Partial<BaselineEntry>>) {
    if (typeof entry?.path !== 'string' || typeof entry.ruleId !== 'string' || typeof entry.fingerprint !== 'string') {
      throw new CliError('invalid baseline: each finding needs "path", "ruleId" and "fingerprint"', shown);
    }
    keys.add(key(entry as BaselineEntry));
  }
  return keys;
}

/** Mark each message baselined (in `keys`) or new, in place. */
export function applyBaseline(reports: readonly FileReport[], keys: ReadonlySet<string>, root: string): void {
  for (const report of reports) {
    const file = keyPath(root, report);
    for (const m of report.messages) m.baselined = keys.has(key({path: file, ruleId: m.ruleId, fingerprint: m.fingerprint}));
  }
}
