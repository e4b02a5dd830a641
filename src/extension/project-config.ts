// Finds, reads and watches `.sourced.json` through vscode.workspace.fs (so it works on vscode.dev as well).
import * as vscode from 'vscode';
import {type Config, ConfigError, createLocator, defaultConfig, resolveConfig, ruleIds} from '../core/index.js';
import {JsonSyntaxError, parseJson} from '../cli/parse-json.js';
import {configFileName} from './commands.js';

/** The configuration that applies to a draft, and the file it came from (if any). */
export interface ResolvedProjectConfig {
  config: Readonly<Config>;
  file: vscode.Uri | undefined;
}

/** Loads `.sourced.json` per folder with caching; reports a broken file once and falls back to defaults. */
export class ProjectConfigs implements vscode.Disposable {
  private readonly located = new Map<string, Promise<vscode.Uri | undefined>>();
  private readonly loaded = new Map<string, Promise<Readonly<Config>>>();
  // Problems already shown, keyed by file and message, so a broken file is reported once, not on every keystroke.
  private readonly reported = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /** Fires when any `.sourced.json` is created, changed or deleted. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${configFileName}`);
    const reset = (uri: vscode.Uri) => {
      this.log.info(`${configFileName} changed: ${uri.toString(true)}`);
      this.located.clear();
      this.loaded.clear();
      this.changed.fire();
    };
    this.disposables.push(watcher, watcher.onDidCreate(reset), watcher.onDidChange(reset), watcher.onDidDelete(reset));
  }

  /**
   * The configuration for a draft: the nearest `.sourced.json` between its folder and its workspace folder's root.
   *
   * @param uri
   *   The draft.
   */
  async configFor(uri: vscode.Uri): Promise<ResolvedProjectConfig> {
    const file = await this.locate(uri);
    if (!file) return {config: defaultConfig, file};
    const key = file.toString();
    let config = this.loaded.get(key);
    if (!config) {
      config = this.load(file);
      this.loaded.set(key, config);
    }
    return {config: await config, file};
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private locate(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    // Untitled drafts and files outside the workspace have no project: defaults apply.
    if (!folder || uri.scheme === 'untitled') return Promise.resolve(undefined);
    const dir = vscode.Uri.joinPath(uri, '..');
    const key = dir.toString();
    let found = this.located.get(key);
    if (!found) {
      found = this.search(dir, folder.uri);
      this.located.set(key, found);
    }
    return found;
  }

  private async search(dir: vscode.Uri, root: vscode.Uri): Promise<vscode.Uri | undefined> {
    for (let current = dir; ; ) {
      const candidate = vscode.Uri.joinPath(current, configFileName);
      try {
        const stat = await vscode.workspace.fs.stat(candidate);
        if (stat.type & vscode.FileType.File) return candidate;
      } catch {
        // Not there: keep walking up.
      }
      if (current.path === root.path || !current.path.startsWith(root.path)) return undefined;
      const parent = vscode.Uri.joinPath(current, '..');
      if (parent.path === current.path) return undefined;
      current = parent;
    }
  }

  private async load(file: vscode.Uri): Promise<Readonly<Config>> {
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file));
    } catch (error) {
      this.report(file, `cannot be read (${error instanceof Error ? error.message : String(error)})`);
      return defaultConfig;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    try {
      const config = resolveConfig(parseJson(text), ruleIds);
      this.forget(file);
      return config;
    } catch (error) {
      if (error instanceof JsonSyntaxError) {
        const {line, column} = createLocator(text).toPoint(error.offset);
        this.report(file, `is not valid JSON at line ${line}, column ${column}: ${error.message}`);
      } else if (error instanceof ConfigError) {
        this.report(file, error.key ? `has a problem at "${error.key}": ${error.message}` : error.message);
      } else {
        this.report(file, `could not be used: ${error instanceof Error ? error.message : String(error)}`);
      }
      return defaultConfig;
    }
  }

  private report(file: vscode.Uri, problem: string): void {
    const message = `Sourced: ${vscode.workspace.asRelativePath(file)} ${problem}. Linting with the default rules until it is fixed.`;
    this.log.error(message);
    const key = `${file.toString()}\n${problem}`;
    if (this.reported.has(key)) return;
    this.forget(file);
    this.reported.add(key);
    const open = `Open ${configFileName}`;
    void vscode.window.showErrorMessage(message, open).then(async (choice) => {
      if (choice === open) await vscode.window.showTextDocument(file);
    });
  }

  // A file that loads (or fails differently) may be reported again when it breaks the next time.
  private forget(file: vscode.Uri): void {
    const prefix = `${file.toString()}\n`;
    for (const key of this.reported) if (key.startsWith(prefix)) this.reported.delete(key);
  }
}
