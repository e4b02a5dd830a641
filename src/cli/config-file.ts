// Finding and loading `.sourced.json`: walk up from each file's folder, parse with positions, validate with the core.
import * as path from 'node:path';
import {ConfigError, createLocator, defaultConfig, resolveConfig, ruleIds, type Config} from '../core/index.js';
import {CliError, describeSystemError, errorCode} from './errors.js';
import {decodeDraft, displayPath, type CliFs} from './files.js';
import {compileGlob, type Glob} from './glob.js';
import {JsonSyntaxError, parseJson} from './parse-json.js';

/** The config file's name, looked up in each folder from a draft up to the file-system root. */
export const configFileName = '.sourced.json';

/** A resolved configuration and where it came from. */
export interface LoadedConfig {
  config: Config;
  /** Absolute path of the file, or undefined for the built-in defaults. */
  file?: string;
  /** `ignore` globs, compiled, relative to the config file's folder. */
  ignore: Glob[];
}

const defaults: LoadedConfig = {config: defaultConfig, ignore: []};

/** Loads configs on demand and caches them per folder, so each file is read and validated once per run. */
export class ConfigLoader {
  private readonly byFolder = new Map<string, Promise<LoadedConfig>>();
  private readonly byFile = new Map<string, Promise<LoadedConfig>>();

  /**
   * @param fs
   *   File access.
   * @param cwd
   *   Working folder, for paths in error messages.
   * @param explicit
   *   `--config` path (relative to cwd): used for every file instead of the walk up.
   */
  constructor(
    private readonly fs: CliFs,
    private readonly cwd: string,
    private readonly explicit?: string,
  ) {}

  /**
   * The configuration that applies to files in `folder`.
   *
   * @throws {CliError}
   *   When the applicable config file cannot be read, is not JSON or is not a valid configuration.
   */
  forFolder(folder: string): Promise<LoadedConfig> {
    if (this.explicit !== undefined) return this.load(path.resolve(this.cwd, this.explicit));
    let cached = this.byFolder.get(folder);
    if (!cached) {
      cached = this.lookUp(folder);
      this.byFolder.set(folder, cached);
    }
    return cached;
  }

  /**
   * True when a file or folder found by walking matches an `ignore` glob of the config that applies to it.
   */
  async isIgnored(absolute: string): Promise<boolean> {
    const loaded = await this.forFolder(path.dirname(absolute));
    if (loaded.ignore.length === 0) return false;
    const base = loaded.file ? path.dirname(loaded.file) : this.cwd;
    const relative = path.relative(base, absolute).split(path.sep).join('/');
    return loaded.ignore.some((glob) => glob.matchesPathOrParent(relative));
  }

  private async lookUp(folder: string): Promise<LoadedConfig> {
    const candidate = path.join(folder, configFileName);
    const exists = await this.fs.stat(candidate).then(
      (s) => s.isFile(),
      (error) => {
        // A folder we may not look into is treated as having no config, as git does with unreadable parents.
        if (['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM'].includes(errorCode(error) ?? '')) return false;
        throw new CliError(`cannot read config: ${describeSystemError(error)}`, displayPath(this.cwd, candidate));
      },
    );
    if (exists) return this.load(candidate);
    const parent = path.dirname(folder);
    return parent === folder ? defaults : this.forFolder(parent);
  }

  private load(file: string): Promise<LoadedConfig> {
    let cached = this.byFile.get(file);
    if (!cached) {
      cached = this.read(file);
      this.byFile.set(file, cached);
    }
    return cached;
  }

  private async read(file: string): Promise<LoadedConfig> {
    const where = displayPath(this.cwd, file);
    let bytes: Uint8Array;
    try {
      bytes = await this.fs.readFile(file);
    } catch (error) {
      throw new CliError(`cannot read config: ${describeSystemError(error)}`, where);
    }
    const draft = decodeDraft(bytes, where);
    // decodeDraft never skips; the branch narrows the type.
    const text = draft.kind === 'text' ? draft.text : '';
    let value: unknown;
    try {
      value = parseJson(text);
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      const {line, column} = createLocator(text).toPoint(error.offset);
      throw new CliError(`invalid JSON in config: ${error.message}`, `${where}:${line}:${column}`);
    }
    let config: Config;
    try {
      config = resolveConfig(value, ruleIds);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      throw new CliError(`invalid config: ${error.message}`, error.key ? `${where}, key "${error.key}"` : where);
    }
    const ignore = config.ignore.map((pattern, index) => {
      try {
        return compileGlob(pattern, {matchBase: true});
      } catch (error) {
        throw new CliError(`invalid config: ${error instanceof Error ? error.message : String(error)}`, `${where}, key "ignore[${index}]"`);
      }
    });
    return {config, file, ignore};
  }
}
