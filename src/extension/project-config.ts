// Finds, reads and watches `.sourced.json` through vscode.workspace.fs (so it works on vscode.dev as well), with the
// resolution and draft filtering the CLI uses (src/project): JSONC, nested files extending the one above unless
// `"root": true`, never above the repository root or the workspace folder.
import * as vscode from 'vscode';
import {type Config, defaultConfig} from '../core/index.js';
import {ConfigFileError, ConfigResolver, configFileName} from '../project/config.js';
import {DraftFilter, gitignoreFileName, type SelectionHost} from '../project/selection.js';

/** The configuration that applies to a draft, and the nearest file it came from (if any). */
export interface ResolvedProjectConfig {
  config: Readonly<Config>;
  file: vscode.Uri | undefined;
}

/**
 * A {@link SelectionHost} over `vscode.workspace.fs`: host paths are URI strings. The walk up stops at a workspace
 * folder or a folder holding `.git`, whichever comes first.
 */
export function workspaceHost(): SelectionHost {
  const exists = (uri: vscode.Uri) => Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false);
  return {
    async readText(file) {
      const uri = vscode.Uri.parse(file);
      const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
      if (!stat || !(stat.type & vscode.FileType.File)) return undefined;
      const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    },
    async isBoundary(folder) {
      const uri = vscode.Uri.parse(folder);
      if ((vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.toString() === uri.toString())) return true;
      return exists(vscode.Uri.joinPath(uri, '.git'));
    },
    parent(folder) {
      const uri = vscode.Uri.parse(folder);
      if (uri.path === '/' || uri.path === '') return undefined;
      return vscode.Uri.joinPath(uri, '..').toString();
    },
    join: (folder, name) => vscode.Uri.joinPath(vscode.Uri.parse(folder), name).toString(),
    relative(folder, target) {
      const base = vscode.Uri.parse(folder);
      const uri = vscode.Uri.parse(target);
      if (uri.scheme !== base.scheme || uri.authority !== base.authority) return undefined;
      const prefix = base.path.endsWith('/') ? base.path : `${base.path}/`;
      return uri.path.startsWith(prefix) ? uri.path.slice(prefix.length) : undefined;
    },
  };
}

/** Loads `.sourced.json` per folder with caching; reports a broken file once and falls back to defaults. */
export class ProjectConfigs implements vscode.Disposable {
  private readonly host = workspaceHost();
  private resolver = new ConfigResolver(this.host);
  private drafts = new DraftFilter(this.host, this.resolver);
  // Problems already shown, keyed by file and message, so a broken file is reported once, not on every keystroke.
  private readonly reported = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /** Fires when any `.sourced.json` is created, changed or deleted. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const reset = (uri: vscode.Uri) => {
      this.log.info(`${uri.path.slice(uri.path.lastIndexOf('/') + 1)} changed: ${uri.toString(true)}`);
      this.resolver = new ConfigResolver(this.host);
      this.drafts = new DraftFilter(this.host, this.resolver);
      this.changed.fire();
    };
    for (const name of [configFileName, gitignoreFileName]) {
      const watcher = vscode.workspace.createFileSystemWatcher(`**/${name}`);
      this.disposables.push(watcher, watcher.onDidCreate(reset), watcher.onDidChange(reset), watcher.onDidDelete(reset));
    }
  }

  /**
   * The configuration for a draft: its nearest `.sourced.json` merged over those above it, up to the first with
   * `"root": true`, the repository root or the workspace folder. Defaults for untitled drafts and files outside the
   * workspace, and (after one error message) while a config file is broken.
   *
   * @param uri
   *   The draft.
   */
  async configFor(uri: vscode.Uri): Promise<ResolvedProjectConfig> {
    // Untitled drafts and files outside the workspace have no project: defaults apply.
    if (uri.scheme === 'untitled' || !vscode.workspace.getWorkspaceFolder(uri)) return {config: defaultConfig, file: undefined};
    try {
      const {config, files} = await this.resolver.forFolder(vscode.Uri.joinPath(uri, '..').toString());
      for (const file of files) this.forget(file);
      return {config, file: files.length > 0 ? vscode.Uri.parse(files[files.length - 1]) : undefined};
    } catch (error) {
      if (!(error instanceof ConfigFileError)) throw error;
      this.report(error);
      return {config: defaultConfig, file: vscode.Uri.parse(error.file)};
    }
  }

  /**
   * Whether a draft found in the workspace is excluded by a `.gitignore` or an `ignore` glob of `.sourced.json`
   * (false while a config is broken: the draft is then linted with the defaults).
   */
  async isIgnored(uri: vscode.Uri): Promise<boolean> {
    return this.drafts.isIgnored(uri.toString()).catch(() => false);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private report(error: ConfigFileError): void {
    const file = vscode.Uri.parse(error.file);
    const problem =
      error.kind === 'syntax'
        ? vscode.l10n.t('is not valid JSON at line {0}, column {1}: {2}', String(error.position?.line), String(error.position?.column), error.problem)
        : error.kind === 'read'
          ? vscode.l10n.t('cannot be read ({0})', error.problem)
          : error.key
            ? vscode.l10n.t('has a problem at "{0}": {1}', error.key, error.problem)
            : error.problem;
    const message = vscode.l10n.t('Sourced: {0} {1}. Linting with the default rules until it is fixed.', vscode.workspace.asRelativePath(file), problem);
    this.log.error(message);
    const key = `${error.file}\n${problem}`;
    if (this.reported.has(key)) return;
    this.forget(error.file);
    this.reported.add(key);
    const open = vscode.l10n.t('Open {0}', configFileName);
    void vscode.window.showErrorMessage(message, open).then(async (choice) => {
      if (choice === open) await vscode.window.showTextDocument(file);
    });
  }

  // A file that loads (or fails differently) may be reported again when it breaks the next time.
  private forget(file: string): void {
    const prefix = `${file}\n`;
    for (const key of this.reported) if (key.startsWith(prefix)) this.reported.delete(key);
  }
}
