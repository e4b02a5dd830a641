// The palette commands: check the active draft, check every Markdown file in the workspace, show the Sources panel.
import * as vscode from 'vscode';
import {createLocator, formatRuleDescription, lint, rules} from '../core/index.js';
import {commandIds, ruleDocSegments, viewIds} from './commands.js';
import {listDrafts} from './list-drafts.js';
import {displayLocale} from './locale.js';
import {type DiagnosticManager, isDraft, isTooLarge, settingsFor} from './diagnostics.js';
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
 * @param extensionUri
 *   The extension's folder, where the rule docs are bundled.
 */
export function registerCommands(diagnostics: DiagnosticManager, configs: ProjectConfigs, extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(commandIds.explainRule, (ruleId?: unknown) => explainRule(extensionUri, ruleId)),
    vscode.commands.registerCommand(commandIds.checkAttribution, () => checkAttribution(diagnostics)),
    vscode.commands.registerCommand(commandIds.checkWorkspace, () => checkWorkspace(diagnostics, configs)),
    vscode.commands.registerCommand(commandIds.showSources, () => revealSources(false)),
  );
}

/**
 * Open a rule's bundled documentation in the Markdown preview (offline, in VS Code and on vscode.dev); with no rule
 * id (from the Command Palette), ask which rule. Returns the doc's URI, or undefined when the pick was dismissed.
 */
async function explainRule(extensionUri: vscode.Uri, ruleId: unknown): Promise<vscode.Uri | undefined> {
  let id = typeof ruleId === 'string' && rules.some((r) => r.id === ruleId) ? ruleId : undefined;
  if (id === undefined) {
    const pick = await vscode.window.showQuickPick(rules.map((r) => ({label: r.id, description: r.defaultSeverity, detail: formatRuleDescription(displayLocale(), r.id)})), {placeHolder: vscode.l10n.t('Which rule?')});
    id = pick?.label;
  }
  if (id === undefined) return undefined;
  const doc = vscode.Uri.joinPath(extensionUri, ...ruleDocSegments(id));
  await vscode.commands.executeCommand('markdown.showPreview', doc);
  return doc;
}

async function checkAttribution(diagnostics: DiagnosticManager): Promise<string | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !isDraft(document)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Sourced: open a Markdown draft to check its attribution.'));
    return undefined;
  }
  const result = await diagnostics.lintNow(document);
  if (!result) return undefined;
  const summary = summarize(result);
  void vscode.window.showInformationMessage(vscode.l10n.t('Sourced: {0}', summary));
  await revealSources();
  return summary;
}

async function checkWorkspace(diagnostics: DiagnosticManager, configs: ProjectConfigs): Promise<WorkspaceCheck> {
  const check: WorkspaceCheck = {files: 0, filesWithFindings: 0, findings: 0, skipped: 0};
  await vscode.window.withProgress(
    {location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Sourced: checking attribution'), cancellable: true},
    async (progress, token) => {
      const uris: vscode.Uri[] = [];
      for (const folder of vscode.workspace.workspaceFolders ?? []) uris.push(...(await listDrafts(folder, token)));
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
  const files = check.files === 1 ? vscode.l10n.t('{0} Markdown file', 1) : vscode.l10n.t('{0} Markdown files', check.files);
  const skipped = check.skipped > 0 ? vscode.l10n.t(' ({0} skipped: ignored or too large)', check.skipped) : '';
  const findings = check.findings === 1 ? vscode.l10n.t('{0} finding', 1) : vscode.l10n.t('{0} findings', check.findings);
  const withFindings = check.filesWithFindings === 1 ? vscode.l10n.t('{0} file', 1) : vscode.l10n.t('{0} files', check.filesWithFindings);
  void vscode.window.showInformationMessage(vscode.l10n.t('Sourced: checked {0}{1}: {2} in {3}.', files, skipped, findings, withFindings));
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
  if (await configs.isIgnored(uri)) return undefined;
  const {config} = await configs.configFor(uri);
  diagnostics.keep(uri);
  if (document && isDraft(document)) {
    const result = await diagnostics.lintNow(document);
    return result?.findings.length;
  }
  const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  const {maxFileSize, inlineConfig} = settingsFor(uri);
  if (isTooLarge(text, maxFileSize)) return undefined;
  const {findings} = lint(text, {config, inlineConfig});
  const locator = createLocator(text);
  diagnostics.publish(uri, findings, (offset) => {
    const {line, column} = locator.toPoint(offset);
    return new vscode.Position(line - 1, column - 1);
  });
  return findings.length;
}
