// Feeds the Sources panel: the active Markdown draft and its latest lint result, as the editor and the text change.
import * as vscode from 'vscode';
import type {LintResult} from '../core/index.js';
import {type DiagnosticManager, isDraft} from './diagnostics.js';

/** The panel side this module drives (implemented by SourcesViewProvider). */
export interface SourcesSink {
  update(document: vscode.TextDocument | undefined, result: LintResult | undefined): void;
}

/** Pause in typing after which the panel shows the latest result. */
const panelDelayMs = 250;

/**
 * Keep the panel on the active draft. Focus moving to a panel or a non-text editor keeps the last draft; a text editor
 * on something that is not a draft empties the panel.
 *
 * @param diagnostics
 *   Source of lint results.
 * @param sink
 *   The Sources panel.
 */
export function registerSourcesUpdates(diagnostics: DiagnosticManager, sink: SourcesSink, delayMs = panelDelayMs): vscode.Disposable {
  let shown: vscode.TextDocument | undefined;
  // While the writer types, rebuilding the panel on every lint would sit between keystrokes; the latest result is
  // shown once typing pauses. Switching drafts updates at once.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const later = (document: vscode.TextDocument, result: LintResult) => {
    if (pending !== undefined) clearTimeout(pending);
    pending = setTimeout(() => {
      pending = undefined;
      if (document === shown) sink.update(document, diagnostics.resultFor(document) ?? result);
    }, delayMs);
  };
  const show = (editor: vscode.TextEditor | undefined) => {
    if (!editor) return;
    shown = isDraft(editor.document) ? editor.document : undefined;
    sink.update(shown, shown && diagnostics.resultFor(shown));
  };
  show(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(show),
    diagnostics.onDidLint(({document, result}) => {
      if (document === vscode.window.activeTextEditor?.document || document === shown) {
        const first = shown !== document;
        shown = document;
        if (first) sink.update(document, result);
        else later(document, result);
      }
    }),
    {dispose: () => pending !== undefined && clearTimeout(pending)},
    diagnostics.onDidClear((uri) => {
      if (shown?.uri.toString() !== uri.toString()) return;
      // A closed draft leaves the panel; a draft that is only disabled or too large stays, without results.
      if (shown.isClosed) shown = undefined;
      sink.update(shown, undefined);
    }),
  );
}
