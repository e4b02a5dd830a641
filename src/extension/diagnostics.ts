// Lints Markdown drafts as they change and publishes the findings as diagnostics (source "sourced").
import * as vscode from 'vscode';
import {type Config, type Finding, type LintResult, type Linter, type Severity, createLinter, createLocator, lint, localizeFinding} from '../core/index.js';
import {displayLocale} from './locale.js';
import {explainRuleLink, extensionName} from './commands.js';
import {acceptedDiagnostic} from './accepted-diagnostics.js';
import type {ProjectConfigs} from './project-config.js';
import {type Settings, readSettings} from './settings.js';

/** What a diagnostic was made from: the finding and the document version it was computed on. */
export interface FindingEntry {
  finding: Finding;
  version: number;
}

/** The latest published result for a document. */
export interface LintedDocument {
  document: vscode.TextDocument;
  version: number;
  result: LintResult;
}

// Schemes whose documents are drafts a writer edits (not git history, output or settings views).
const supportedSchemes = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vsls']);

/**
 * Whether a document is a Markdown draft Sourced lints.
 *
 * @param document
 *   Any text document.
 */
export function isDraft(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && supportedSchemes.has(document.uri.scheme);
}

/** Settings for a resource. */
export function settingsFor(uri: vscode.Uri | undefined): Settings {
  return readSettings(vscode.workspace.getConfiguration(extensionName, uri));
}

const severities: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/**
 * Turn a finding into a diagnostic; `positionAt` maps core offsets (a document's own, or a locator's for unopened files).
 *
 * @param finding
 *   A core finding.
 * @param positionAt
 *   Offset → position in the text the finding was computed on.
 */
export function toDiagnostic(finding: Finding, positionAt: (offset: number) => vscode.Position): vscode.Diagnostic {
  const range = new vscode.Range(positionAt(finding.start), positionAt(finding.end));
  const diagnostic = new vscode.Diagnostic(range, localizeFinding(finding, displayLocale()).message, severities[finding.severity]);
  diagnostic.source = extensionName;
  diagnostic.code = {value: finding.ruleId, target: vscode.Uri.parse(explainRuleLink(finding.ruleId))};
  return diagnostic;
}

/**
 * Whether a text is larger than `maxBytes` in UTF-8, without encoding it when the answer is clear from its length.
 *
 * @param text
 *   Document text.
 * @param maxBytes
 *   Limit in bytes.
 */
export function isTooLarge(text: string, maxBytes: number): boolean {
  // Every UTF-16 code unit takes 1 to 3 UTF-8 bytes (a surrogate pair takes 4 for 2 units).
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;
  return new TextEncoder().encode(text).length > maxBytes;
}

/** Owns the diagnostic collection: schedules lints, drops stale results, remembers findings for code actions. */
export class DiagnosticManager implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(extensionName);
  private readonly entries = new WeakMap<vscode.Diagnostic, FindingEntry>();
  private readonly latest = new Map<string, LintedDocument>();
  // One incremental linter per open draft: a keystroke re-parses only the paragraph it touched.
  private readonly linters = new Map<string, Linter>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  // Per document: bumped on every lint request, so a slower earlier run cannot overwrite a later one.
  private readonly generations = new Map<string, number>();
  private readonly noticedTooLarge = new Set<string>();
  private isPaused = false;
  // Files checked by "Check Attribution in Workspace": their findings outlive their editors (see keep()).
  private readonly kept = new Set<string>();
  private readonly linted = new vscode.EventEmitter<LintedDocument>();
  private readonly cleared = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.collection, this.linted, this.cleared];

  /** Fires after a draft's diagnostics were published. */
  readonly onDidLint = this.linted.event;
  /** Fires when a draft's diagnostics were removed (closed, disabled, too large). */
  readonly onDidClear = this.cleared.event;

  constructor(
    private readonly configs: ProjectConfigs,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.request(document, 'open')),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.request(event.document, 'change');
      }),
      vscode.workspace.onDidSaveTextDocument((document) => this.request(document, 'save')),
      vscode.workspace.onDidCloseTextDocument((document) => this.closed(document)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(extensionName)) this.relintAll();
      }),
      configs.onDidChange(() => this.relintAll()),
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}');
    const reread = (uri: vscode.Uri): void => {
      if (!this.kept.has(uri.toString()) || vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
      void this.configs.configFor(uri).then(({config}) => this.lintFile(uri, config));
    };
    this.disposables.push(
      watcher,
      watcher.onDidChange(reread),
      watcher.onDidDelete((uri) => {
        this.kept.delete(uri.toString());
        this.collection.delete(uri);
      }),
    );
    this.relintAll();
  }

  /** An editor closed: a workspace-checked file keeps its findings, linted again from disk; any other draft loses them. */
  private closed(document: vscode.TextDocument): void {
    this.clear(document.uri);
    if (this.kept.has(document.uri.toString()) && isDraft(document)) void this.configs.configFor(document.uri).then(({config}) => this.lintFile(document.uri, config));
  }

  /**
   * The finding behind one of our diagnostics, with the document version it belongs to.
   *
   * @param diagnostic
   *   A diagnostic handed back by VS Code (it passes our own objects to code action providers).
   */
  entryFor(diagnostic: vscode.Diagnostic): FindingEntry | undefined {
    return this.entries.get(diagnostic);
  }

  /** The latest published result for a document, if it is still current. */
  resultFor(document: vscode.TextDocument): LintResult | undefined {
    const linted = this.latest.get(document.uri.toString());
    return linted && linted.version === document.version ? linted.result : undefined;
  }

  /**
   * Lint a document now, whatever `sourced.enable` and `sourced.run` say (for explicit commands).
   *
   * @returns
   *   The published result, or undefined when it went stale, the file is too large, or linting failed.
   */
  lintNow(document: vscode.TextDocument): Promise<LintResult | undefined> {
    this.cancelPending(document.uri.toString());
    return this.run(document);
  }

  /**
   * Publish diagnostics for a file linted outside an editor (workspace check).
   *
   * @param uri
   *   The file.
   * @param findings
   *   Its findings.
   * @param positionAt
   *   Offset → position in the text that was linted.
   */
  publish(uri: vscode.Uri, findings: readonly Finding[], positionAt: (offset: number) => vscode.Position): void {
    this.keep(uri);
    this.collection.set(uri, findings.map((finding) => toDiagnostic(finding, positionAt)));
  }

  /**
   * Keep a workspace-checked file's findings in Problems after its editor closes: they are linted again from the file
   * on disk on close and whenever the file changes, and removed when it is deleted.
   *
   * @param uri
   *   A file "Check Attribution in Workspace" checked.
   */
  keep(uri: vscode.Uri): void {
    this.kept.add(uri.toString());
  }

  /**
   * Lint a file from disk (not an open editor) and publish its findings.
   *
   * @param uri
   *   The file.
   * @param config
   *   Its configuration.
   * @returns
   *   Its number of findings, or undefined when it is too large or cannot be read.
   */
  async lintFile(uri: vscode.Uri, config: Readonly<Config>): Promise<number | undefined> {
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
    if (isTooLarge(text, settingsFor(uri).maxFileSize)) return undefined;
    const {findings} = lint(text, {config});
    const locator = createLocator(text);
    this.publish(uri, findings, (offset) => {
      const {line, column} = locator.toPoint(offset);
      return new vscode.Position(line - 1, column - 1);
    });
    return findings.length;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }

  /** True while checking is paused (the status-bar toggle): nothing is linted until it is resumed. */
  get paused(): boolean {
    return this.isPaused;
  }

  /**
   * Pause or resume checking. Pausing removes the open drafts' diagnostics; resuming lints every open draft again.
   * Explicit commands ("Check Attribution") still lint while paused.
   *
   * @param paused
   *   The new state.
   */
  setPaused(paused: boolean): void {
    if (paused === this.isPaused) return;
    this.isPaused = paused;
    if (!paused) {
      this.relintAll();
      return;
    }
    for (const document of vscode.workspace.textDocuments) if (isDraft(document)) this.clear(document.uri);
  }

  private relintAll(): void {
    for (const document of vscode.workspace.textDocuments) this.request(document, 'open');
  }

  private request(document: vscode.TextDocument, reason: 'open' | 'change' | 'save'): void {
    if (!isDraft(document) || this.isPaused) return;
    const settings = settingsFor(document.uri);
    if (!settings.enable) {
      this.clear(document.uri);
      return;
    }
    if (reason === 'change' && settings.run === 'onSave') return;
    const key = document.uri.toString();
    this.cancelPending(key);
    if (reason !== 'change' || settings.debounceMs === 0) {
      void this.run(document);
      return;
    }
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.run(document);
      }, settings.debounceMs),
    );
  }

  private async run(document: vscode.TextDocument): Promise<LintResult | undefined> {
    const key = document.uri.toString();
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const version = document.version;
    const {config} = await this.configs.configFor(document.uri);
    // Drop the run if the draft changed, closed, or a newer run started while the config was loading.
    if (document.isClosed || document.version !== version || this.generations.get(key) !== generation) return undefined;
    const text = document.getText();
    const {maxFileSize, inlineConfig} = settingsFor(document.uri);
    if (isTooLarge(text, maxFileSize)) {
      this.clear(document.uri);
      this.noticeTooLarge(document.uri, maxFileSize);
      return undefined;
    }
    let result: LintResult;
    try {
      let linter = this.linters.get(key);
      if (!linter) {
        linter = createLinter();
        this.linters.set(key, linter);
      }
      result = linter.lint(text, {config, inlineConfig});
    } catch (error) {
      // The core should never throw; if it does, the editor keeps working and the output channel says why.
      this.log.error(`lint failed for ${document.uri.toString(true)}: ${error instanceof Error ? error.stack : String(error)}`);
      this.clear(document.uri);
      return undefined;
    }
    const diagnostics = result.findings.map((finding) => {
      const diagnostic = toDiagnostic(finding, (offset) => document.positionAt(offset));
      this.entries.set(diagnostic, {finding, version});
      return diagnostic;
    });
    // Accepted findings are greyed hints with no quick fixes (no entry): the decision is already recorded.
    for (const finding of result.accepted ?? []) diagnostics.push(acceptedDiagnostic(finding, (offset) => document.positionAt(offset)));
    this.collection.set(document.uri, diagnostics);
    const linted = {document, version, result};
    this.latest.set(key, linted);
    this.linted.fire(linted);
    return result;
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cancelPending(key);
    // Invalidate runs in flight so a late result cannot resurrect diagnostics of a closed draft.
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.latest.delete(key);
    this.linters.delete(key);
    this.collection.delete(uri);
    this.cleared.fire(uri);
  }

  /** Drop a debounced lint that has not started yet. */
  private cancelPending(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  private noticeTooLarge(uri: vscode.Uri, maxFileSize: number): void {
    const key = uri.toString();
    if (this.noticedTooLarge.has(key)) return;
    this.noticedTooLarge.add(key);
    const megabytes = (maxFileSize / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Sourced: {0} is larger than {1} MB (sourced.maxFileSize), so it is not checked.', vscode.workspace.asRelativePath(uri), megabytes),
    );
  }
}
