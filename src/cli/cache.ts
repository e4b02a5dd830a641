// `--cache`: nothing linted twice. ESLint's model: one entry per file, valid only for the same content, the same
// resolved config and the same Sourced; a stale or corrupt cache file is discarded with a notice, never trusted.
import {createHash} from 'node:crypto';
import {mkdir} from 'node:fs/promises';
import * as path from 'node:path';
import type {Config, Locale} from '../core/index.js';
import {errorCode} from './errors.js';
import {writeFileAtomic, type CliFs} from './files.js';
import type {LintOutcome} from './lint-file.js';
import type {Message} from './report.js';

/** The cache file's name when `--cache-location` is not given or names a folder (as ESLint's `.eslintcache`). */
export const defaultCacheName = '.sourcedcache';

// Bumped when the file's shape changes.
const format = 'sourced-cache/1';

/** A cached lint result: the outcome of a draft that needed no fix. */
type CachedOutcome = {messages: Message[]; applied: 0; safeFixes: number};

interface Entry {
  /** sha256 of the draft's text (byte-order mark removed), base64url. */
  content: string;
  /** sha256 of the resolved config (see {@link configHash}), followed by `:fr` or `:de` for messages in that locale. */
  config: string;
  outcome: CachedOutcome;
}

interface CacheFile {
  format: string;
  /** What produced the entries: Sourced's version and build, see {@link LintCache.open}. */
  sourced: string;
  /** Absolute file path → entry. */
  entries: Record<string, Entry>;
}

/**
 * The lint results of earlier runs, read from and written to one JSON file.
 *
 * @example
 *   const cache = await LintCache.open(fs, '/repo/.sourcedcache', '0.1.0', (n) => process.stderr.write(n));
 *   cache.get(file, text, config) ?? cache.set(file, text, config, lintTask({text, config, fix: false, inlineConfig: true}));
 *   await cache.save();
 */
export class LintCache {
  private readonly configHashes = new WeakMap<Config, string>();
  private changed = false;

  private constructor(
    private readonly fs: CliFs,
    /** Absolute path of the cache file. */
    readonly file: string,
    private readonly sourced: string,
    private readonly entries: Record<string, Entry>,
  ) {}

  /**
   * Read the cache file. A missing file is an empty cache; one that is not a cache of this Sourced (unreadable, not
   * JSON, another shape, another version or build) is discarded whole, with one notice.
   *
   * @param fs
   *   File access.
   * @param file
   *   Absolute path of the cache file.
   * @param sourced
   *   Version and build of the running Sourced; entries of any other are stale.
   * @param notice
   *   Receives one line (ending in a line break) when the file is discarded.
   */
  static async open(fs: CliFs, file: string, sourced: string, notice: (line: string) => void): Promise<LintCache> {
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(file);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') notice(`sourced: cannot read the cache ${file} (${errorCode(error) ?? 'error'}); linting every file\n`);
      return new LintCache(fs, file, sourced, {});
    }
    const parsed = parseCacheFile(bytes);
    if (parsed === undefined) {
      notice(`sourced: the cache ${file} is corrupt and was discarded; linting every file\n`);
      return new LintCache(fs, file, sourced, {});
    }
    if (parsed.sourced !== sourced) {
      notice(`sourced: the cache ${file} was written by another version of Sourced (${parsed.sourced}) and was discarded; linting every file\n`);
      return new LintCache(fs, file, sourced, {});
    }
    return new LintCache(fs, file, sourced, parsed.entries);
  }

  /**
   * The cached outcome for `file`, when its text and config are those it was linted with.
   *
   * @param fix
   *   `--fix`: an entry whose draft offers safe fixes is then not used (they must be applied).
   * @param locale
   *   `--locale`: an entry holds messages in one language, so it is used only for the same locale.
   */
  get(file: string, text: string, config: Config, fix: boolean, locale?: Locale): LintOutcome | undefined {
    const entry = Object.hasOwn(this.entries, file) ? this.entries[file] : undefined;
    if (!entry || entry.config !== this.configKey(config, locale) || entry.content !== contentHash(text)) return undefined;
    if (fix && entry.outcome.safeFixes > 0) return undefined;
    return entry.outcome;
  }

  /** Remember the outcome of linting `text` as `file` with `config` and `locale`; errors and fixed drafts are not kept. */
  set(file: string, text: string, config: Config, outcome: LintOutcome, locale?: Locale): void {
    if ('error' in outcome || outcome.applied !== 0) return;
    this.entries[file] = {
      content: contentHash(text),
      config: this.configKey(config, locale),
      outcome: {messages: outcome.messages, ...(outcome.accepted ? {accepted: outcome.accepted} : {}), applied: 0, safeFixes: outcome.safeFixes},
    };
    this.changed = true;
  }

  /**
   * Write the cache file atomically (a temporary file, then a rename), when anything changed.
   *
   * @throws
   *   The file system's error when the file cannot be written.
   */
  async save(): Promise<void> {
    if (!this.changed) return;
    const data: CacheFile = {format, sourced: this.sourced, entries: this.entries};
    // As ESLint does, the folder of a --cache-location is made when missing.
    await mkdir(path.dirname(this.file), {recursive: true});
    await writeFileAtomic(this.fs, this.file, JSON.stringify(data));
    this.changed = false;
  }

  /** The entry's `config` key: the config's hash, and the locale after it unless it is English (as before locales). */
  private configKey(config: Config, locale: Locale | undefined): string {
    const hash = this.configHash(config);
    return locale === undefined || locale === 'en' ? hash : `${hash}:${locale}`;
  }

  private configHash(config: Config): string {
    let hash = this.configHashes.get(config);
    if (hash === undefined) {
      hash = configHash(config);
      this.configHashes.set(config, hash);
    }
    return hash;
  }
}

/**
 * Where the cache lives: `--cache-location` as a file, or `.sourcedcache` inside it when it names a folder (an
 * existing one, or a path ending in a separator); `.sourcedcache` in `cwd` by default.
 */
export async function cacheFile(fs: CliFs, cwd: string, location: string | undefined): Promise<string> {
  if (location === undefined) return path.join(cwd, defaultCacheName);
  const absolute = path.resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || (await fs.stat(absolute).then((s) => s.isDirectory(), () => false));
  return isFolder ? path.join(absolute, defaultCacheName) : absolute;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

function contentHash(text: string): string {
  return sha256(text);
}

/** sha256 of the config as JSON with its keys sorted, so two equal configs hash alike whatever their key order. */
export function configHash(config: Config): string {
  return sha256(JSON.stringify(config, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value));
}

/** The file's content when it is a well-formed cache file; undefined for anything else (never partly trusted). */
function parseCacheFile(bytes: Uint8Array): CacheFile | undefined {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', {fatal: true}).decode(bytes));
  } catch {
    return undefined;
  }
  if (!isObject(value) || value.format !== format || typeof value.sourced !== 'string' || !isObject(value.entries)) return undefined;
  for (const entry of Object.values(value.entries)) if (!isEntry(entry)) return undefined;
  return value as unknown as CacheFile;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const severities = new Set(['error', 'warning', 'info']);
const positions = ['line', 'column', 'endLine', 'endColumn'] as const;

function isEntry(value: unknown): value is Entry {
  if (!isObject(value) || typeof value.content !== 'string' || typeof value.config !== 'string' || !isObject(value.outcome)) return false;
  const {messages, applied, safeFixes} = value.outcome;
  if (applied !== 0 || !Number.isSafeInteger(safeFixes) || !Array.isArray(messages)) return false;
  const isMessage = (m: unknown, keys: number): boolean =>
    isObject(m) && typeof m.ruleId === 'string' && typeof m.message === 'string' && severities.has(m.severity as string) &&
    typeof m.fingerprint === 'string' && positions.every((key) => Number.isSafeInteger(m[key]) && (m[key] as number) >= 1) &&
    Object.keys(m).length === keys;
  const {accepted} = value.outcome;
  return messages.every((m: unknown) => isMessage(m, 8)) &&
    (accepted === undefined || Array.isArray(accepted) && accepted.every((m: unknown) => isMessage(m, 9) && typeof (m as {reason?: unknown}).reason === 'string'));
}
