// "Not a problem, outside the story": quick fixes and commands that change the project rather than the draft (trust a
// source, turn a rule off, create .sourced.json), a status-bar toggle that pauses checking, and "Fix all hedges in
// this file" for the hedge fixes that are safe. Kept apart from code-actions.ts, which fixes the draft itself.
import * as vscode from 'vscode';
import type {Fix, TextEdit} from '../core/index.js';
import {commandIds, configFileName, extensionName} from './commands.js';
import {newConfigText, trustSourceIn, trustableNames, turnOffRuleIn} from './config-edits.js';
import {type DiagnosticManager, isDraft} from './diagnostics.js';
import type {ProjectConfigs} from './project-config.js';

/** Commands the quick fixes run with arguments; not in the Command Palette. */
export const projectCommandIds = {
  trustSource: 'sourced.trustSource',
  turnOffRule: 'sourced.turnOffRule',
} as const;

/** Rules whose finding a trusted name can answer: a claim with no source in reach. */
const trustableRules = new Set(['unsourced-figure', 'missing-attribution', 'unattributed-quote']);

/** The `.sourced.json` that applies to a draft, or where a new one goes: the root of the draft's workspace folder. */
async function configFileFor(configs: ProjectConfigs, uri: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  const found = uri ? (await configs.configFor(uri)).file : undefined;
  if (found) return found;
  const folder = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder && vscode.Uri.joinPath(folder.uri, configFileName);
}

/** Read a file's text, or '' when it does not exist. */
async function readText(uri: vscode.Uri): Promise<string> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return '';
  }
}

/** Rewrite `.sourced.json` with `change` (text in, text out) and say what changed. */
async function editConfig(configs: ProjectConfigs, uri: vscode.Uri | undefined, change: (text: string) => string, done: string): Promise<boolean> {
  const file = await configFileFor(configs, uri);
  if (!file) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Sourced: open a folder to keep a {0}.', configFileName));
    return false;
  }
  const before = await readText(file);
  const after = change(before);
  if (after !== before) await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(after));
  void vscode.window.showInformationMessage(vscode.l10n.t('Sourced: {0} in {1}.', done, vscode.workspace.asRelativePath(file)));
  return true;
}

/**
 * The fixes "Fix all hedges in this file" applies: each hedge's preferred fix (deleting a hedge such as "presumably",
 * which states the claim plainly and names nobody), never an attribution or the deletion of a hearsay hedge
 * ("reportedly"), and never two that overlap.
 *
 * @param findings
 *   Findings of one draft.
 */
export function safeHedgeFixes(findings: ReadonlyArray<{ruleId: string; fixes: readonly Fix[]}>): TextEdit[][] {
  const chosen: TextEdit[][] = [];
  let lastEnd = -1;
  const candidates = findings
    .filter((f) => f.ruleId === 'hedging')
    .map((f) => f.fixes.find((fix) => fix.isPreferred === true))
    .filter((fix): fix is Fix => fix !== undefined && fix.edits.every((e) => !e.text.includes('⟨')))
    .map((fix) => ({edits: fix.edits, start: Math.min(...fix.edits.map((e) => e.start)), end: Math.max(...fix.edits.map((e) => e.end))}))
    .sort((a, b) => a.start - b.start);
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    chosen.push(c.edits);
    lastEnd = c.end;
  }
  return chosen;
}

/** Quick fixes outside the story for Sourced diagnostics: trust a name, turn the rule off, fix every hedge. */
export class ProjectCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {providedCodeActionKinds: [vscode.CodeActionKind.QuickFix]};

  constructor(private readonly diagnostics: DiagnosticManager) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!isDraft(document) || (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only))) return [];
    const actions: vscode.CodeAction[] = [];
    const offered = new Set<string>();
    const add = (title: string, command: vscode.Command): void => {
      if (offered.has(title)) return;
      offered.add(title);
      // No diagnostics on the action: VS Code lists actions tied to a diagnostic first, so the draft's own fixes
      // ("Add attribution…") stay on top and Ctrl+. then Enter never changes the project.
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.command = command;
      actions.push(action);
    };
    for (const diagnostic of context.diagnostics) {
      const entry = this.diagnostics.entryFor(diagnostic);
      // Stale guard, as for the draft's fixes: nothing is offered on a diagnostic of an older version.
      if (!entry || entry.version !== document.version || document.getText(diagnostic.range) !== entry.finding.actual) continue;
      const {ruleId} = entry.finding;
      if (trustableRules.has(ruleId)) {
        for (const name of trustableNames(document.lineAt(diagnostic.range.start.line).text)) {
          add(vscode.l10n.t('Trust {0} in this workspace', name), {title: vscode.l10n.t('Trust'), command: projectCommandIds.trustSource, arguments: [document.uri, name]});
        }
      }
      if (ruleId === 'hedging') {
        const result = this.diagnostics.resultFor(document);
        const safe = result ? safeHedgeFixes(result.findings).length : 0;
        if (safe > 1) add(vscode.l10n.t('Fix all hedges in this file ({0})', safe), {title: vscode.l10n.t('Fix all hedges'), command: commandIds.fixAllHedges, arguments: [document.uri]});
      }
      add(vscode.l10n.t('Turn off {0} in {1}', ruleId, configFileName), {title: vscode.l10n.t('Turn off'), command: projectCommandIds.turnOffRule, arguments: [document.uri, ruleId]});
    }
    return actions;
  }
}

/**
 * Register the project quick fixes, their commands, "Sourced: Create .sourced.json", "Sourced: Fix All Hedges in
 * This File" and the pause toggle with its status-bar item.
 *
 * @param diagnostics
 *   Lints drafts; paused and resumed by the toggle.
 * @param configs
 *   Finds the `.sourced.json` that applies to a draft.
 */
export function registerProjectActions(diagnostics: DiagnosticManager, configs: ProjectConfigs): vscode.Disposable {
  const pause = vscode.window.createStatusBarItem('sourced.pause', vscode.StatusBarAlignment.Right, 99);
  pause.name = vscode.l10n.t('Sourced: pause checking');
  pause.command = commandIds.togglePause;
  const showPause = (): void => {
    pause.text = diagnostics.paused ? `$(debug-start) ${vscode.l10n.t('Sourced paused')}` : '$(debug-pause)';
    pause.tooltip = diagnostics.paused ? vscode.l10n.t('Sourced is paused: click to check drafts again') : vscode.l10n.t('Pause Sourced checking');
    pause.show();
  };
  showPause();
  return vscode.Disposable.from(
    pause,
    vscode.languages.registerCodeActionsProvider({language: 'markdown'}, new ProjectCodeActions(diagnostics), ProjectCodeActions.metadata),
    vscode.commands.registerCommand(projectCommandIds.trustSource, (uri: vscode.Uri, name: string) =>
      editConfig(configs, uri, (text) => trustSourceIn(text, name), vscode.l10n.t('trusted "{0}"', name))),
    vscode.commands.registerCommand(projectCommandIds.turnOffRule, (uri: vscode.Uri, ruleId: string) =>
      editConfig(configs, uri, (text) => turnOffRuleIn(text, ruleId), vscode.l10n.t('turned off {0}', ruleId))),
    vscode.commands.registerCommand(commandIds.createConfig, async () => {
      const file = await configFileFor(configs, vscode.window.activeTextEditor?.document.uri);
      if (!file) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Sourced: open a folder to create a {0}.', configFileName));
        return undefined;
      }
      if ((await readText(file)) === '') await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(newConfigText));
      await vscode.window.showTextDocument(file);
      return file;
    }),
    vscode.commands.registerCommand(commandIds.togglePause, () => {
      diagnostics.setPaused(!diagnostics.paused);
      showPause();
      return diagnostics.paused;
    }),
    vscode.commands.registerCommand(commandIds.fixAllHedges, async (uri?: vscode.Uri) => {
      const document = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
      const result = document && isDraft(document) ? await diagnostics.lintNow(document) : undefined;
      if (!document || !result) return 0;
      const fixes = safeHedgeFixes(result.findings);
      const edit = new vscode.WorkspaceEdit();
      edit.set(document.uri, fixes.flat().map((e) => new vscode.TextEdit(new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text)));
      // One WorkspaceEdit: one undo step for all of them.
      if (fixes.length > 0) await vscode.workspace.applyEdit(edit);
      const left = result.findings.filter((f) => f.ruleId === 'hedging').length - fixes.length;
      void vscode.window.showInformationMessage(
        (fixes.length === 1 ? vscode.l10n.t('Sourced: removed {0} hedge', 1) : vscode.l10n.t('Sourced: removed {0} hedges', fixes.length)) +
          (left > 0 ? vscode.l10n.t('; {0} need a source or a rewrite, left as they are', left) : '') + '.',
      );
      return fixes.length;
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(extensionName)) showPause();
    }),
  );
}
