// Project configuration shared by the CLI and the extension (desktop and web): `.sourced.json` read as JSONC with
// Microsoft's jsonc-parser, nested files extending the one above unless `"root": true` (ESLint's and cspell's
// semantics), never read above the repository root. File access goes through a ConfigHost, so this module imports
// no `node:*` and no `vscode`.
import {createScanner, parseTree, type Node as JsonNode, type ParseError, ParseErrorCode, SyntaxKind} from 'jsonc-parser';
import {ConfigError, createLocator, defaultConfig, resolveConfig, ruleIds, type Config, type SeverityOrOff} from '../core/index.js';

/** The config file's name, looked up in a draft's folder and each parent up to the repository root. */
export const configFileName = '.sourced.json';

/** Deepest nesting of arrays and objects a config may have; hostile nesting would overflow the parser's stack. */
export const maxConfigDepth = 64;

/**
 * Where configs live, as the CLI (node:fs paths) or the extension (URI strings) sees it. Folder and file names are
 * opaque strings to this module; only the host joins and splits them.
 */
export interface ConfigHost {
  /**
   * The text of a file (UTF-8, a byte-order mark removed), or undefined when there is no such file.
   *
   * @throws
   *   When the file exists but cannot be read (the message is shown to the user).
   */
  readText(file: string): Promise<string | undefined>;
  /** Whether the walk up must stop at `folder`: it holds `.git` (the repository root) or is a workspace folder. */
  isBoundary(folder: string): Promise<boolean>;
  /** The folder above `folder`, or undefined at the top of the file system. */
  parent(folder: string): string | undefined;
  /** `name` inside `folder`. */
  join(folder: string, name: string): string;
}

/** One `ignore` list and the folder its globs are relative to. */
export interface IgnoreList {
  /** The folder of the config file that holds the list (a host path). */
  base: string;
  /** Globs in `.gitignore` syntax: `!` re-includes, a pattern without `/` matches at any depth. */
  patterns: readonly string[];
}

/** The configuration that applies to a folder, and where it came from. */
export interface ProjectConfig {
  /** Merged configuration; `ignore` is the nearest file's own list (see {@link ProjectConfig.ignores} for all). */
  config: Readonly<Config>;
  /** Config files merged, the outermost (root) first and the nearest last; empty for the built-in defaults. */
  files: readonly string[];
  /** Every `ignore` list that applies, outermost first, each with its base folder. */
  ignores: readonly IgnoreList[];
}

/** Why a config file cannot be used: which file, what is wrong, and where (line and column, or the key). */
export class ConfigFileError extends Error {
  override name = 'ConfigFileError';
  /**
   * @param kind
   *   `read` (the file cannot be read), `syntax` (not JSONC; `line`/`column` set) or `invalid` (`key` set when known).
   * @param file
   *   The host path of the config file.
   * @param problem
   *   What is wrong, without the location.
   */
  constructor(
    readonly kind: 'read' | 'syntax' | 'invalid',
    readonly file: string,
    readonly problem: string,
    readonly position?: {line: number; column: number},
    readonly key?: string,
  ) {
    super(problem);
  }
}

/** A config file's own settings, validated, before it is merged with the files above it. */
interface ConfigLayer {
  file: string;
  folder: string;
  root: boolean;
  raw: Record<string, unknown>;
  config: Config;
}

const defaults: ProjectConfig = {config: defaultConfig, files: [], ignores: []};

/**
 * Parse `.sourced.json` text as JSONC (comments allowed; trailing commas are not, as in JSON) into a plain value.
 * `__proto__` stays an ordinary key, so a hostile file cannot change the prototype of what the validator reads.
 *
 * @param text
 *   File text without a byte-order mark.
 * @returns
 *   The value (anything: {@link resolveConfig} checks it).
 * @throws {SyntaxError}
 *   With `offset` (UTF-16) of the first problem and a message a writer can act on.
 */
export function parseJsonc(text: string): unknown {
  const tooDeep = depthOverflow(text);
  if (tooDeep !== undefined) throw Object.assign(new SyntaxError(`nesting deeper than ${maxConfigDepth} levels`), {offset: tooDeep});
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, {allowTrailingComma: false, disallowComments: false, allowEmptyContent: false});
  if (errors.length > 0 || tree === undefined) {
    const first = errors[0] ?? {error: ParseErrorCode.ValueExpected, offset: 0, length: 0};
    throw Object.assign(new SyntaxError(describeParseError(text, first)), {offset: first.offset});
  }
  return valueOf(tree);
}

/** Offset of the first bracket that opens a level beyond {@link maxConfigDepth}, if any. */
function depthOverflow(text: string): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
      if (++depth > maxConfigDepth) return scanner.getTokenOffset();
    } else if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) {
      depth--;
    }
  }
  return undefined;
}

function valueOf(node: JsonNode): unknown {
  if (node.type === 'array') return (node.children ?? []).map(valueOf);
  if (node.type !== 'object') return node.value;
  const object: Record<string, unknown> = {};
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key === undefined || value === undefined) continue;
    Object.defineProperty(object, String(key.value), {value: valueOf(value), enumerable: true, writable: true, configurable: true});
  }
  return object;
}

/** jsonc-parser's error codes in words, with the common slip (a trailing comma) named as such. */
function describeParseError(text: string, error: ParseError): string {
  const found = text.slice(error.offset, error.offset + Math.max(1, Math.min(error.length, 20)));
  const before = previousToken(text, error.offset);
  switch (error.error) {
    case ParseErrorCode.PropertyNameExpected:
    case ParseErrorCode.ValueExpected:
      if (before === ',' && /^[}\]]/.test(found)) return `trailing comma before "${found[0]}"`;
      if (error.offset >= text.length) return 'unexpected end of file; expected a value';
      return error.error === ParseErrorCode.PropertyNameExpected ? `expected a property name in double quotes but found "${found}"` : `expected a value but found "${found}"`;
    case ParseErrorCode.InvalidSymbol:
      return `unexpected "${found}"${before === undefined ? '' : '; expected a value, or "," or a closing bracket'}`;
    case ParseErrorCode.ColonExpected:
      return `expected ":" but found "${found}"`;
    case ParseErrorCode.CommaExpected:
      return `expected "," but found "${found}"`;
    case ParseErrorCode.CloseBraceExpected:
      return 'expected "}" to close the object';
    case ParseErrorCode.CloseBracketExpected:
      return 'expected "]" to close the list';
    case ParseErrorCode.EndOfFileExpected:
      return `unexpected "${found}" after the end of the JSON value`;
    case ParseErrorCode.UnexpectedEndOfString:
      return 'unterminated string';
    case ParseErrorCode.UnexpectedEndOfComment:
      return 'unterminated comment';
    case ParseErrorCode.InvalidNumberFormat:
      return `invalid number "${found}"`;
    default:
      return `invalid JSON near "${found}"`;
  }
}

/** The last non-space, non-comment character before `offset`, if any. */
function previousToken(text: string, offset: number): string | undefined {
  const scanner = createScanner(text.slice(0, offset), true);
  let last: string | undefined;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind !== SyntaxKind.LineCommentTrivia && kind !== SyntaxKind.BlockCommentTrivia) last = text.slice(scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength());
  }
  return last;
}

/**
 * Parse and validate one config file's text.
 *
 * @throws {ConfigFileError}
 *   `syntax` with line and column (1-based, UTF-16 columns) or `invalid` with the key at fault.
 */
export function parseConfigFile(file: string, text: string): {raw: Record<string, unknown>; config: Config; root: boolean} {
  let value: unknown;
  try {
    value = parseJsonc(text);
  } catch (error) {
    const offset = (error as {offset?: number}).offset ?? 0;
    const {line, column} = createLocator(text).toPoint(offset);
    throw new ConfigFileError('syntax', file, (error as Error).message, {line, column});
  }
  try {
    const config = resolveConfig(value, ruleIds);
    const raw = value as Record<string, unknown>;
    return {raw, config, root: raw.root === true};
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new ConfigFileError('invalid', file, error.message, undefined, error.key || undefined);
  }
}

/**
 * Merge config layers, outermost first: rule and risk severities of a nearer file win key by key, phrase lists are
 * joined (duplicates dropped), and each `ignore` list keeps its own base folder.
 */
function merge(layers: readonly ConfigLayer[]): ProjectConfig {
  if (layers.length === 0) return defaults;
  const rules: Record<string, SeverityOrOff> = {};
  const risk = {...defaultConfig.risk};
  const lists = {hedges: new Set<string>(), vagueSources: new Set<string>(), trustedSources: new Set<string>()};
  for (const layer of layers) {
    Object.assign(rules, layer.config.rules);
    for (const level of Object.keys((layer.raw.risk as object | undefined) ?? {}) as Array<keyof Config['risk']>) risk[level] = layer.config.risk[level];
    for (const key of ['hedges', 'vagueSources', 'trustedSources'] as const) for (const phrase of layer.config[key]) lists[key].add(phrase);
  }
  const nearest = layers[layers.length - 1];
  return {
    config: {rules, risk, hedges: [...lists.hedges], vagueSources: [...lists.vagueSources], trustedSources: [...lists.trustedSources], ignore: nearest.config.ignore},
    files: layers.map((l) => l.file),
    ignores: layers.filter((l) => l.config.ignore.length > 0).map((l) => ({base: l.folder, patterns: l.config.ignore})),
  };
}

/**
 * Finds and merges `.sourced.json` files for folders, caching each file and folder for the life of the resolver
 * (one CLI run, or until the extension sees a config change).
 */
export class ConfigResolver {
  private readonly byFolder = new Map<string, Promise<ProjectConfig>>();
  private readonly layers = new Map<string, Promise<ConfigLayer | undefined>>();

  /**
   * @param host
   *   File access.
   * @param explicit
   *   A config file (host path) used alone for every folder instead of the walk up (the CLI's `--config`).
   */
  constructor(
    private readonly host: ConfigHost,
    private readonly explicit?: string,
  ) {}

  /**
   * The configuration for drafts in `folder`: the nearest `.sourced.json`, merged over the ones above it up to the
   * first with `"root": true`, the repository root or a workspace folder, whichever comes first.
   *
   * @throws {ConfigFileError}
   *   When any of those files cannot be read, is not JSONC or is not a valid configuration.
   */
  forFolder(folder: string): Promise<ProjectConfig> {
    if (this.explicit !== undefined) {
      const file = this.explicit;
      return this.layer(file, this.host.parent(file) ?? file, true).then((layer) => {
        if (!layer) throw new ConfigFileError('read', file, 'no such file or folder');
        return merge([layer]);
      });
    }
    let cached = this.byFolder.get(folder);
    if (!cached) {
      cached = this.walk(folder);
      this.byFolder.set(folder, cached);
    }
    return cached;
  }

  private async walk(folder: string): Promise<ProjectConfig> {
    const found: ConfigLayer[] = [];
    for (let current: string | undefined = folder; current !== undefined; current = this.host.parent(current)) {
      const layer = await this.layer(this.host.join(current, configFileName), current, false);
      if (layer) found.unshift(layer);
      if (layer?.root || (await this.host.isBoundary(current))) break;
    }
    return merge(found);
  }

  private layer(file: string, folder: string, explicit: boolean): Promise<ConfigLayer | undefined> {
    let cached = this.layers.get(file);
    if (!cached) {
      cached = this.read(file, folder, explicit);
      this.layers.set(file, cached);
    }
    return cached;
  }

  private async read(file: string, folder: string, explicit: boolean): Promise<ConfigLayer | undefined> {
    let text: string | undefined;
    try {
      text = await this.host.readText(file);
    } catch (error) {
      throw new ConfigFileError('read', file, error instanceof Error ? error.message : String(error));
    }
    if (text === undefined) {
      if (explicit) throw new ConfigFileError('read', file, 'no such file or folder');
      return undefined;
    }
    return {file, folder, ...parseConfigFile(file, text)};
  }
}
