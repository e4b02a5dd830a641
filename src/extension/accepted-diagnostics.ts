// Accepted findings (sourced-accept) in the editor: greyed, not squiggled, and out of the Problems counts.
import * as vscode from 'vscode';
import type {AcceptedFinding} from '../core/index.js';
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
  const diagnostic = new vscode.Diagnostic(range, `Accepted: ${finding.accepted.reason} (${finding.message})`, vscode.DiagnosticSeverity.Hint);
  diagnostic.source = 'sourced';
  diagnostic.code = {value: finding.ruleId, target: vscode.Uri.parse(explainRuleLink(finding.ruleId))};
  diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
  return diagnostic;
}
