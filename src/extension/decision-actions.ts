// Quick fixes that record an editor's decision in the draft: "Ignore ‹rule› here" and "Accept with a reason…". The
// core places the comment where the rendered story stays identical (see core/directive-fixes.ts); here each becomes one
// WorkspaceEdit (one undo step), the reason placeholder a snippet placeholder the writer types over.
import * as vscode from 'vscode';
import {localizeFix, type Finding} from '../core/index.js';
import {displayLocale} from './locale.js';
import {directiveFixes, reasonPlaceholder} from '../core/directive-fixes.js';
import {toWorkspaceEdit} from './code-actions.js';

/**
 * The decision quick fixes for one finding, in the core's order ("Ignore", then "Accept"); none for a directive's own
 * finding or when no placement keeps the rendered story identical.
 *
 * @param document
 *   The draft, at the version the finding was computed for.
 * @param diagnostic
 *   The diagnostic the actions fix.
 * @param finding
 *   The finding behind it.
 */
export function decisionActions(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding): vscode.CodeAction[] {
  return directiveFixes(document.getText(), finding).map((fix) => {
    const action = new vscode.CodeAction(localizeFix(fix, displayLocale()).title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.edit = toWorkspaceEdit(document, fix.edits, reasonPlaceholder);
    return action;
  });
}
