// The palette commands: check the active draft, check every Markdown file in the workspace, show the Sources panel.
import * as vscode from 'vscode';
import {compileGlob} from '../cli/glob.js';
import {commandIds, viewIds} from './commands.js';
import {type DiagnosticManager, isDraft} from './diagnostics.js';
import type {ProjectConfigs} from './project-config.js';
import {summarize} from './summary.js';

/** What "Check Attribution in Workspace" did, returned for tests and callers. */
export interface WorkspaceCheck {
  files: number;
  filesWithFindings: number;
  findings: number;
  skipped: number;
}

/** Reveal the Sources panel without taking focus from the editor. */
export async function revealSources(preserveFocus = true): Promise<void> {
  await vscode.commands.executeCommand(`${viewIds.sources}.focus`, {preserveFocus});
}

/**
 * Register the contributed commands.
 *
 * @param diagnostics
 *   Lints drafts and publishes their diagnostics.
 * @param configs
 *   Project configuration lookup (for files linted from disk).
 */
export function registerCommands(diagnostics: DiagnosticManager, configs: ProjectConfigs): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(commandIds.checkAttribution, () => checkAttribution(diagnostics)),
    vscode.commands.registerCommand(commandIds.checkWorkspace, () => checkWorkspace(diagnostics, configs)),
    vscode.commands.registerCommand(commandIds.showSources, () => revealSources(false)),
  );
}

async function checkAttribution(diagnostics: DiagnosticManager): Promise<string | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !isDraft(document)) {
    void vscode.window.showWarningMessage('Sourced: open a Markdown draft to check its attribution.');
    return undefined;
  }
  const result = await diagnostics.lintNow(document);
  if (!result) return undefined;
  const summary = summarize(result);
  void vscode.window.showInformationMessage(`Sourced: ${summary}`);
  await revealSources();
  return summary;
}

async function checkWorkspace(diagnostics: DiagnosticManager, configs: ProjectConfigs): Promise<WorkspaceCheck> {
  const check: WorkspaceCheck = {files: 0, filesWithFindings: 0, findings: 0, skipped: 0};
  await vscode.window.withProgress(
    {location: vscode.ProgressLocation.Notification, title: 'Sourced: checking attribution', cancellable: true},
    async (progress, token) => {
      const uris = await vscode.workspace.findFiles('**/*.md', '**/node_modules/**', undefined, token);
      const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
      for (const [index, uri] of uris.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length});
        const findings = await checkFile(uri, open.get(uri.toString()), diagnostics, configs);
        if (findings === undefined) {
          check.skipped++;
          continue;
        }
        check.files++;
        check.findings += findings;
        if (findings > 0) check.filesWithFindings++;
        // Let the UI breathe between files on big workspaces.
        if (index % 20 === 19) await new Promise((resolve) => setTimeout(resolve, 0));
      }
    },
  );
  const files = `${check.files} Markdown ${check.files === 1 ? 'file' : 'files'}`;
  const skipped = check.skipped > 0 ? ` (${check.skipped} skipped: ignored or too large)` : '';
  void vscode.window.showInformationMessage(
    `Sourced: checked ${files}${skipped}: ${check.findings} ${check.findings === 1 ? 'finding' : 'findings'} in ${check.filesWithFindings} ${check.filesWithFindings === 1 ? 'file' : 'files'}.`,
  );
  if (check.findings > 0) await vscode.commands.executeCommand('workbench.actions.view.problems');
  return check;
}

// Lints one file (the open buffer if there is one, else the file on disk); returns its finding count, undefined if skipped.
async function checkFile(
  uri: vscode.Uri,
  document: vscode.TextDocument | undefined,
  diagnostics: DiagnosticManager,
  configs: ProjectConfigs,
): Promise<number | undefined> {
  const {config, file} = await configs.configFor(uri);
  if (file) {
    const base = vscode.Uri.joinPath(file, '..').path;
    const relative = uri.path.startsWith(`${base}/`) ? uri.path.slice(base.length + 1) : uri.path;
    if (config.ignore.some((pattern) => compileGlob(pattern, {matchBase: true}).matchesPathOrParent(relative))) return undefined;
  }
  diagnostics.keep(uri);
  if (document && isDraft(document)) {
    const result = await diagnostics.lintNow(document);
    return result?.findings.length;
  }
  return diagnostics.lintFile(uri, config);
}
