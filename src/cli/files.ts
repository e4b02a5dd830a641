// File access for the CLI: the injectable fs seam, finding drafts from paths and globs, decoding, atomic writes.
import {randomBytes} from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import * as path from 'node:path';
import {isDynamicPattern} from 'tinyglobby';
import {globFiles, markdownFilesIn, withoutIgnored, type FileSystemProject} from '../project/node.js';
import {CliError, describeSystemError, errorCode} from './errors.js';

/** The part of `node:fs/promises` the CLI uses; tests can pass a virtual one. */
export interface CliFs {
  stat(path: string): Promise<{isFile(): boolean; isDirectory(): boolean; size: number; mode: number}>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array, options: {mode?: number; flag: string}): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Creates a folder and its missing parents (`--output` into a new folder). */
  mkdir(path: string, options: {recursive: true}): Promise<unknown>;
}

/** The real file system. */
export const realFs: CliFs = nodeFs;

/** Path as shown to people: relative to `cwd` with `/` when inside it, absolute otherwise. */
export function displayPath(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute);
  if (relative === '') return '.';
  if (relative.startsWith('..') || path.isAbsolute(relative)) return absolute;
  return relative.split(path.sep).join('/');
}

/**
 * Turn the command-line paths into the list of files to check, in a stable order. Named files are always checked;
 * files found by walking a folder or expanding a glob skip `node_modules`, hidden files and folders, anything a
 * `.gitignore` or an `ignore` glob of `.sourced.json` excludes, and anything a `!pattern` argument excludes.
 *
 * @param patterns
 *   Paths, folders or globs relative to `cwd`; `-` (stdin) is skipped here; `!glob` excludes. No paths means `cwd`.
 * @throws {CliError}
 *   For a missing path, a folder without Markdown, or a glob that matches nothing.
 */
export async function findFiles(fs: CliFs, project: FileSystemProject, cwd: string, patterns: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const exclude = patterns.filter((p) => p.startsWith('!') && p.length > 1).map((p) => p.slice(1));
  const named = patterns.filter((p) => p !== '-' && !p.startsWith('!'));
  const wanted = named.length === 0 && !patterns.includes('-') ? ['.'] : named;
  for (const pattern of wanted) {
    const absolute = path.resolve(cwd, pattern);
    let stats;
    try {
      stats = await fs.stat(absolute);
    } catch (error) {
      if (errorCode(error) === 'ENOENT' && isDynamicPattern(pattern)) {
        const matches = await withoutIgnored(project, await globFiles(cwd, [pattern.replace(/\\/g, '/')], exclude));
        if (matches.length === 0) throw new CliError('no files match the glob', pattern);
        found.push(...matches);
        continue;
      }
      throw new CliError(describeSystemError(error), pattern);
    }
    if (stats.isDirectory()) {
      const files = await markdownFilesIn(project, cwd, absolute, exclude);
      if (files.length === 0) {
        throw new CliError(patterns.length === 0 ? 'no Markdown files (*.md, *.markdown) in this folder' : 'no Markdown files (*.md, *.markdown) in folder', pattern);
      }
      found.push(...files);
    } else if (stats.isFile()) {
      found.push(absolute);
    } else {
      throw new CliError('not a regular file', pattern);
    }
  }
  return [...new Set(found)];
}

/** A draft read from disk or stdin, decoded. */
export type Draft =
  | {kind: 'text'; text: string; bom: boolean}
  | {kind: 'skipped'; reason: string}
  /** Could not be read or decoded (unreadable, binary, not UTF-8), and why. */
  | {kind: 'unreadable'; reason: string};

/**
 * Read a file for linting, refusing what is not a UTF-8 text draft.
 *
 * @throws {CliError}
 *   When the file cannot be read, is binary or is not valid UTF-8.
 */
export async function readDraft(fs: CliFs, file: string, where: string, maxSize: number): Promise<Draft> {
  let bytes: Uint8Array;
  try {
    const stats = await fs.stat(file);
    // Checked before reading so a huge file is never loaded into memory.
    if (stats.size > maxSize) return {kind: 'skipped', reason: tooLarge(stats.size, maxSize)};
    bytes = await fs.readFile(file);
  } catch (error) {
    throw new CliError(`cannot read file: ${describeSystemError(error)}`, where);
  }
  if (bytes.length > maxSize) return {kind: 'skipped', reason: tooLarge(bytes.length, maxSize)};
  return decodeDraft(bytes, where);
}

/** Read all of stdin, stopping to keep bytes once past `maxSize`. */
export async function readStdin(input: AsyncIterable<Uint8Array | string> | string | undefined, maxSize: number): Promise<Draft> {
  const source: AsyncIterable<Uint8Array | string> | string[] = input === undefined ? [] : typeof input === 'string' ? [input] : input;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    size += bytes.length;
    if (size <= maxSize) chunks.push(bytes);
  }
  if (size > maxSize) return {kind: 'skipped', reason: tooLarge(size, maxSize)};
  return decodeDraft(Buffer.concat(chunks), '<stdin>');
}

function tooLarge(size: number, maxSize: number): string {
  return `file is ${formatBytes(size)}, above the ${formatBytes(maxSize)} limit (--max-file-size)`;
}

/** Bytes in the unit a person reads: B, KB or MB (powers of 1024). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${trim(n / 1024)} KB`;
  return `${trim(n / (1024 * 1024))} MB`;
}

function trim(x: number): string {
  return x.toFixed(1).replace(/\.0$/, '');
}

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});

/**
 * Decode bytes as a UTF-8 Markdown draft. A leading byte-order mark is removed (and remembered for writing back).
 *
 * @throws {CliError}
 *   For binary content (NUL bytes) or invalid UTF-8, naming the line.
 */
export function decodeDraft(bytes: Uint8Array, where: string): Draft {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new CliError('binary file, not a text draft (it contains NUL bytes)', where);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new CliError('not valid UTF-8 text; save the draft as UTF-8', `${where}:${lineOf(bytes, at)}`);
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return {kind: 'text', text: bom ? text.slice(1) : text, bom};
}

/** Byte offset of the first invalid UTF-8 sequence (bytes.length if none). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need === -1) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, surrogates and code points above U+10FFFF are invalid too.
    const second = bytes[i + 1];
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += need + 1;
  }
  return bytes.length;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

/**
 * Replace `file` with `data` atomically: write a temporary file beside it, then rename over it.
 * On failure the temporary file is removed and the original is untouched.
 */
export async function writeFileAtomic(fs: CliFs, file: string, data: string | Uint8Array, mode?: number): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, data, {mode, flag: 'wx'});
    await fs.rename(temp, file);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}
