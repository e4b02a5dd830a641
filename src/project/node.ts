// The project module on the file system (the CLI and the desktop extension): node:fs paths as ConfigHost paths,
// the repository root found from `.git`, and drafts listed with tinyglobby then filtered by the shared DraftFilter.
import * as nodeFs from 'node:fs/promises';
import * as path from 'node:path';
import {escapePath, glob} from 'tinyglobby';
import {ConfigResolver} from './config.js';
import {DraftFilter, excludedGlobs, markdownGlob, type SelectionHost} from './selection.js';

/** The short code of a Node system error (`ENOENT`, `EACCES`…), if any. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as {code?: unknown} | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A few words a writer can act on for common system errors; the error's own message otherwise. */
export function describeSystemError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'a parent is not a folder';
    case 'ENOSPC':
      return 'disk full';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Reads a whole file; `node:fs/promises` readFile, or a test's stand-in. */
export type ReadFile = (file: string) => Promise<Uint8Array>;

/**
 * A {@link SelectionHost} over the file system: host paths are absolute OS paths.
 *
 * @param readFile
 *   How config and ignore files are read (the CLI passes its injectable fs).
 */
export function fileSystemHost(readFile: ReadFile = nodeFs.readFile): SelectionHost {
  const utf8 = new TextDecoder('utf-8', {fatal: true});
  return {
    async readText(file) {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(file);
      } catch (error) {
        // A folder we may not look into is treated as having no file, as git does with unreadable parents.
        if (['ENOENT', 'ENOTDIR'].includes(errorCode(error) ?? '')) return undefined;
        throw new Error(describeSystemError(error));
      }
      let text: string;
      try {
        text = utf8.decode(bytes);
      } catch {
        throw new Error('not valid UTF-8 text');
      }
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    },
    isBoundary: (folder) => isRepositoryRoot(folder),
    parent(folder) {
      const up = path.dirname(folder);
      return up === folder ? undefined : up;
    },
    join: (folder, name) => path.join(folder, name),
    relative(folder, target) {
      const relative = path.relative(folder, target);
      if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
      return relative.split(path.sep).join('/');
    },
  };
}

/** Whether `folder` holds `.git` (a folder in a clone, a file in a worktree or submodule). */
export async function isRepositoryRoot(folder: string): Promise<boolean> {
  return nodeFs.stat(path.join(folder, '.git')).then(
    () => true,
    () => false,
  );
}

/**
 * The repository root that holds `folder`: the nearest folder at or above it with `.git`.
 *
 * @returns
 *   An absolute path, or undefined outside any repository.
 */
export async function findRepositoryRoot(folder: string): Promise<string | undefined> {
  for (let current = path.resolve(folder); ; ) {
    if (await isRepositoryRoot(current)) return current;
    const up = path.dirname(current);
    if (up === current) return undefined;
    current = up;
  }
}

/** Config resolution and draft filtering over the file system, sharing one cache for a run. */
export interface FileSystemProject {
  host: SelectionHost;
  configs: ConfigResolver;
  filter: DraftFilter;
}

/**
 * Set up config resolution and draft filtering on the file system.
 *
 * @param options.explicitConfig
 *   Absolute path of a config used alone for every draft (the CLI's `--config`).
 * @param options.readFile
 *   How config and ignore files are read.
 */
export function fileSystemProject(options: {explicitConfig?: string; readFile?: ReadFile} = {}): FileSystemProject {
  const host = fileSystemHost(options.readFile);
  const configs = new ConfigResolver(host, options.explicitConfig);
  return {host, configs, filter: new DraftFilter(host, configs)};
}

/**
 * Files matching globs, relative to `cwd`, never inside `node_modules` or hidden folders, in a stable order (by
 * path segments, as a sorted walk visits them). Not yet filtered by `.gitignore` or `ignore`.
 *
 * @param cwd
 *   Absolute folder the globs are relative to.
 * @param patterns
 *   tinyglobby globs (`*`, `?`, `**`, `[abc]`, `{a,b}`).
 * @param exclude
 *   Globs (relative to `cwd`) to leave out, e.g. the command line's `!pattern`s.
 * @returns
 *   Absolute paths.
 */
export async function globFiles(cwd: string, patterns: readonly string[], exclude: readonly string[] = [], options: {caseSensitive?: boolean} = {}): Promise<string[]> {
  const found = await glob([...patterns], {
    cwd,
    absolute: true,
    dot: false,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false,
    caseSensitiveMatch: options.caseSensitive ?? true,
    ignore: [...excludedGlobs, ...exclude],
  });
  return found.map((file) => path.resolve(file)).sort(bySegments);
}

/**
 * Every Markdown draft under `folder` (`*.md`, `*.markdown`, any case), without `.gitignore`d or `ignore`d ones.
 *
 * @param exclude
 *   More globs relative to `cwd` to leave out.
 */
export async function markdownFilesIn(project: FileSystemProject, cwd: string, folder: string, exclude: readonly string[] = []): Promise<string[]> {
  const relative = path.relative(cwd, folder).split(path.sep).join('/');
  const pattern = relative === '' ? markdownGlob : `${escapePath(relative)}/${markdownGlob}`;
  return withoutIgnored(project, await globFiles(cwd, [pattern], exclude, {caseSensitive: false}));
}

/** The files `.gitignore` and the `ignore` lists of `.sourced.json` do not exclude, in the same order. */
export async function withoutIgnored(project: FileSystemProject, files: readonly string[]): Promise<string[]> {
  const kept: string[] = [];
  for (const file of files) if (!(await project.filter.isIgnored(file))) kept.push(file);
  return kept;
}

function bySegments(a: string, b: string): number {
  const x = a.split(path.sep);
  const y = b.split(path.sep);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}
