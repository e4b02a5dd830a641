// The CLI's view of the shared project configuration (src/project): the same resolution and filtering, with every
// config problem turned into a CliError that names the file as the user sees it.
import * as path from 'node:path';
import {ConfigFileError, type ProjectConfig} from '../project/config.js';
import {fileSystemProject, type FileSystemProject} from '../project/node.js';
import {CliError} from './errors.js';
import {displayPath, type CliFs} from './files.js';

/** Loads configs on demand and caches them per folder, so each file is read and validated once per run. */
export class ConfigLoader {
  /** The shared resolver and draft filter, for file selection. */
  readonly project: FileSystemProject;

  /**
   * @param fs
   *   File access (config and ignore files are read through it).
   * @param cwd
   *   Working folder, for paths in error messages.
   * @param explicit
   *   `--config` path (relative to cwd): used alone for every file instead of the walk up.
   */
  constructor(
    fs: CliFs,
    private readonly cwd: string,
    explicit?: string,
  ) {
    this.project = fileSystemProject({explicitConfig: explicit === undefined ? undefined : path.resolve(cwd, explicit), readFile: (file) => fs.readFile(file)});
  }

  /**
   * The configuration that applies to files in `folder`: the nearest `.sourced.json` merged over the ones above it.
   *
   * @throws {CliError}
   *   When an applicable config file cannot be read, is not JSONC or is not a valid configuration.
   */
  async forFolder(folder: string): Promise<ProjectConfig> {
    try {
      return await this.project.configs.forFolder(folder);
    } catch (error) {
      throw this.toCliError(error);
    }
  }

  /** A config problem as the one line the CLI prints; anything else unchanged. */
  toCliError(error: unknown): unknown {
    if (!(error instanceof ConfigFileError)) return error;
    const where = displayPath(this.cwd, error.file);
    switch (error.kind) {
      case 'read':
        return new CliError(`cannot read config: ${error.problem}`, where);
      case 'syntax':
        return new CliError(`invalid JSON in config: ${error.problem}`, `${where}:${error.position?.line}:${error.position?.column}`);
      case 'invalid':
        return new CliError(`invalid config: ${error.problem}`, error.key ? `${where}, key "${error.key}"` : where);
    }
  }
}
