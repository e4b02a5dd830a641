// Quick fixes for every Sourced diagnostic in range: the core's fixes as edits (placeholders as snippets) plus the
// decision fixes ("Ignore here", "Accept with a reason…", see decision-actions.ts).
import * as vscode from 'vscode';
import {type Fix, type TextEdit, localizeFix, sourcePlaceholder} from '../core/index.js';
import {displayLocale} from './locale.js';
import {decisionActions} from './decision-actions.js';
import {type DiagnosticManager, isDraft} from './diagnostics.js';

/**
 * Turn a core fix into one WorkspaceEdit (so it is one undo step). An edit containing the source placeholder becomes a
 * snippet with the placeholder selected, so the writer types the source straight away.
 *
 * @param document
 *   The draft, at the version the fix was computed for.
 * @param edits
 *   The fix's edits, offsets into that version.
 * @param placeholder
 *   The placeholder that becomes the snippet's (the source's, or the reason of an acceptance).
 */
export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[], placeholder = sourcePlaceholder): vscode.WorkspaceEdit {
  const range = (edit: TextEdit) => new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end));
  let snippetUsed = false;
  const converted = edits.map((edit) => {
    // One snippet per fix: VS Code can only enter snippet mode once per edit.
    if (snippetUsed || !edit.text.includes(placeholder)) return new vscode.TextEdit(range(edit), edit.text);
    snippetUsed = true;
    const snippet = new vscode.SnippetString();
    edit.text.split(placeholder).forEach((part, index) => {
      if (index > 0) snippet.appendPlaceholder(placeholder, 1);
      snippet.appendText(part);
    });
    return new vscode.SnippetTextEdit(range(edit), snippet);
  });
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.set(document.uri, converted);
  return workspaceEdit;
}

/** Provides one lightbulb entry per fix of every Sourced diagnostic in the requested range. */
export class SourcedCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {providedCodeActionKinds: [vscode.CodeActionKind.QuickFix]};

  constructor(private readonly diagnostics: DiagnosticManager) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    if (!isDraft(document) || (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only))) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const entry = this.diagnostics.entryFor(diagnostic);
      if (!entry) continue;
      // Stale guard: fixes carry offsets into the version they were computed for; never apply them to other text.
      if (entry.version !== document.version || document.getText(diagnostic.range) !== entry.finding.actual) continue;
      for (const fix of entry.finding.fixes) actions.push(this.fixAction(document, diagnostic, fix));
      actions.push(...decisionActions(document, diagnostic, entry.finding));
    }
    return actions;
  }

  private fixAction(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, fix: Fix): vscode.CodeAction {
    const action = new vscode.CodeAction(localizeFix(fix, displayLocale()).title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = fix.isPreferred === true;
    action.edit = toWorkspaceEdit(document, fix.edits);
    return action;
  }
}

/**
 * Register the quick-fix provider for Markdown drafts.
 *
 * @param diagnostics
 *   Where findings behind diagnostics are looked up.
 */
export function registerCodeActions(diagnostics: DiagnosticManager): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    {language: 'markdown'},
    new SourcedCodeActions(diagnostics),
    SourcedCodeActions.metadata,
  );
}
