// Status bar item: "N to check" (the draft's findings, as in Problems and the panel); a click opens the Sources panel.
import * as vscode from 'vscode';
import {commandIds} from './commands.js';
import {type DiagnosticManager, isDraft} from './diagnostics.js';
import {countToCheck, summarize} from './summary.js';

/**
 * Register the status bar item and keep it in step with the active editor and the latest lint.
 *
 * @param diagnostics
 *   Source of lint results.
 */
export function registerStatusBar(diagnostics: DiagnosticManager): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('sourced.unsourced', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Sourced';
  item.command = commandIds.showSources;
  const refresh = () => {
    const document = vscode.window.activeTextEditor?.document;
    const result = document && isDraft(document) ? diagnostics.resultFor(document) : undefined;
    if (!result) {
      item.hide();
      return;
    }
    const count = countToCheck(result.findings);
    item.text = `$(${count > 0 ? 'warning' : 'check'}) ${vscode.l10n.t('{0} to check', count)}`;
    item.tooltip = vscode.l10n.t('Sourced: {0}. Click to show the Sources panel.', summarize(result));
    item.show();
  };
  refresh();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    diagnostics.onDidLint(refresh),
    diagnostics.onDidClear(refresh),
  );
}
