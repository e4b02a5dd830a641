// Entry point: activate() composes the register*() pieces, each returning a Disposable owned by the extension context.
import * as vscode from 'vscode';
import {registerCodeActions} from './code-actions.js';
import {registerCommands} from './command-handlers.js';
import {DiagnosticManager} from './diagnostics.js';
import {registerHover} from './hover.js';
import {loadBundle} from './locale.js';
import {registerProjectActions} from './project-actions.js';
import {ProjectConfigs} from './project-config.js';
import {SourcesViewProvider} from './sources-view.js';
import {registerSourcesUpdates} from './sources-updates.js';
import {registerStatusBar} from './status-bar.js';

/** What activate() returns to other extensions and to the extension-host tests, which wait on lints, not on time. */
export interface SourcedApi {
  /** Fires after a draft's diagnostics were published, with the document version they were computed for. */
  onDidLint: vscode.Event<{uri: vscode.Uri; version: number}>;
  /** Whether the published diagnostics of a document belong to its current version. */
  isCurrent(document: vscode.TextDocument): boolean;
}

/** Called by VS Code on the first Markdown document or the first Sourced command. */
export function activate(context: vscode.ExtensionContext): SourcedApi {
  loadBundle();
  const log = vscode.window.createOutputChannel('Sourced', {log: true});
  const configs = new ProjectConfigs(log);
  const diagnostics = new DiagnosticManager(configs, log);
  const sources = new SourcesViewProvider(context.extensionUri);
  context.subscriptions.push(
    log,
    configs,
    diagnostics,
    sources,
    vscode.window.registerWebviewViewProvider(SourcesViewProvider.viewType, sources),
    registerSourcesUpdates(diagnostics, sources),
    registerCodeActions(diagnostics),
    registerHover(diagnostics),
    registerCommands(diagnostics, configs, context.extensionUri),
    registerStatusBar(diagnostics),
    registerProjectActions(diagnostics, configs),
  );
  return {
    onDidLint: (listener, thisArgs, disposables) =>
      diagnostics.onDidLint(({document, version}) => listener.call(thisArgs, {uri: document.uri, version}), undefined, disposables),
    isCurrent: (document) => diagnostics.resultFor(document) !== undefined,
  };
}

/** Nothing to do: every resource is owned by context.subscriptions. */
export function deactivate(): void {}
