// Hover on a figure in a Markdown draft: who it is attributed to, or its kind and risk, from the latest lint result.
import * as vscode from 'vscode';
import type {LintResult} from '../core/index.js';
import {type DiagnosticManager, isDraft, settingsFor} from './diagnostics.js';
import {figureHover} from './figure-hover.js';

/** Answers hovers from the result the diagnostics were published from; lints only when that result is stale. */
export class FigureHoverProvider implements vscode.HoverProvider {
  constructor(private readonly diagnostics: DiagnosticManager) {}

  async provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    if (!isDraft(document)) return undefined;
    const version = document.version;
    const result = await this.resultFor(document);
    if (!result || token.isCancellationRequested || document.version !== version) return undefined;
    const hover = figureHover(result, document.offsetAt(position));
    if (!hover) return undefined;
    const contents = new vscode.MarkdownString();
    hover.lines.forEach((line, index) => {
      if (index > 0) contents.appendMarkdown('\n\n');
      // Draft text (names, cues, figures) goes in as text: appendText escapes Markdown.
      contents.appendText(line);
    });
    return new vscode.Hover(contents, new vscode.Range(document.positionAt(hover.start), document.positionAt(hover.end)));
  }

  /**
   * The fresh result if there is one. Otherwise, while typing under `sourced.run: onType`, the lint that was about to
   * run anyway runs now; under `onSave` or with Sourced disabled the hover waits for the next published lint.
   */
  private async resultFor(document: vscode.TextDocument): Promise<LintResult | undefined> {
    const fresh = this.diagnostics.resultFor(document);
    if (fresh) return fresh;
    const settings = settingsFor(document.uri);
    if (!settings.enable || settings.run !== 'onType') return undefined;
    return this.diagnostics.lintNow(document);
  }
}

/**
 * Register the figure hover for Markdown drafts.
 *
 * @param diagnostics
 *   Holds the latest lint result per draft.
 */
export function registerHover(diagnostics: DiagnosticManager): vscode.Disposable {
  return vscode.languages.registerHoverProvider({language: 'markdown'}, new FigureHoverProvider(diagnostics));
}
