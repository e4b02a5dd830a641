// Accepted findings (sourced-accept) in the editor: greyed, not squiggled, and out of the Problems counts.
import * as vscode from 'vscode';
import {localizeFinding, type AcceptedFinding} from '../core/index.js';
import {displayLocale} from './locale.js';
import {explainRuleLink} from './commands.js';

/**
 * An accepted finding as a diagnostic VS Code greys out: severity Hint with the Unnecessary tag. VS Code draws
 * Unnecessary ranges faded (like unused code) instead of squiggled, and leaves Hint diagnostics out of the Problems
 * panel and its counts, so an editor's decision reads as settled, not as a problem, while the hover still gives the
 * reason and the rule.
 *
 * @param finding
 *   A finding from `LintResult.accepted`.
 * @param positionAt
 *   Offset → position in the text the finding was computed on.
 */
export function acceptedDiagnostic(finding: AcceptedFinding, positionAt: (offset: number) => vscode.Position): vscode.Diagnostic {
  const range = new vscode.Range(positionAt(finding.start), positionAt(finding.end));
  const message = localizeFinding(finding, displayLocale()).message;
  const diagnostic = new vscode.Diagnostic(range, vscode.l10n.t('Accepted: {0} ({1})', finding.accepted.reason, message), vscode.DiagnosticSeverity.Hint);
  diagnostic.source = 'sourced';
  diagnostic.code = {value: finding.ruleId, target: vscode.Uri.parse(explainRuleLink(finding.ruleId))};
  diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
  return diagnostic;
}
