// The Sources side panel: a webview view that shows the active draft's sources and findings and reveals them on click.
import * as vscode from 'vscode';
import type {LintResult} from '../core/types.js';
import {isRevealable, isWebviewToExtension, protocolVersion} from '../webview/protocol.js';
import type {ExtensionToWebview, SourcesModel, WebviewToExtension} from '../webview/protocol.js';
import {displayLocale} from './locale.js';
import {buildSourcesModel, formatSourceList} from './sources-model.js';
import {createNonce, renderSourcesHtml} from './webview-html.js';

/** What the webview was last sent, so reveal and copy act on exactly what the writer sees. */
interface Shown {
  document: vscode.TextDocument;
  version: number;
  model: SourcesModel;
}

/**
 * Provides the `sourced.sources` webview view. The extension calls `update` after each lint of the active draft (and
 * with `undefined` when no Markdown draft is active); the view posts the new model without rebuilding its HTML.
 */
export class SourcesViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewType = 'sourced.sources';

  private view: vscode.WebviewView | undefined;
  private viewDisposables: vscode.Disposable[] = [];
  private document: vscode.TextDocument | undefined;
  private result: LintResult | undefined;
  private shown: Shown | undefined;

  /**
   * @param extensionUri
   *   The extension's root; only its `media` and `dist` folders are exposed to the webview.
   */
  constructor(private readonly extensionUri: vscode.Uri) {}

  /** Called by VS Code when the view first becomes visible. */
  resolveWebviewView(view: vscode.WebviewView): void {
    this.disposeView();
    this.view = view;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    view.webview.options = {enableScripts: true, localResourceRoots: [media, dist]};
    view.webview.html = renderSourcesHtml({
      cspSource: view.webview.cspSource,
      nonce: createNonce(),
      scriptUri: view.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      styleUri: view.webview.asWebviewUri(vscode.Uri.joinPath(media, 'sources.css')).toString(),
      lang: displayLocale(),
      ...(vscode.l10n.bundle ? {l10nBundle: vscode.l10n.bundle} : {}),
    });
    this.viewDisposables.push(
      view.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      view.onDidDispose(() => {
        this.disposeView();
        this.view = undefined;
      }),
    );
  }

  /**
   * Show `result` for `document`, or the empty state when either is undefined.
   *
   * @param document
   *   The active Markdown draft.
   * @param result
   *   Its lint result, computed for the document's current text.
   */
  update(document: vscode.TextDocument | undefined, result: LintResult | undefined): void {
    this.document = document;
    this.result = result;
    // A hidden webview is torn down (no retainContextWhenHidden); it asks again with `ready` when shown.
    if (this.view?.visible) this.post();
  }

  dispose(): void {
    this.disposeView();
    this.view = undefined;
  }

  private disposeView(): void {
    for (const disposable of this.viewDisposables) disposable.dispose();
    this.viewDisposables = [];
    this.shown = undefined;
  }

  private post(): void {
    const {view, document, result} = this;
    if (!view) return;
    if (!document || !result || document.isClosed) {
      this.shown = undefined;
      this.send({type: 'sources/update', protocol: protocolVersion, docUri: null, version: null, model: null});
      return;
    }
    const model = buildSourcesModel({
      fileName: vscode.workspace.asRelativePath(document.uri, false),
      text: document.getText(),
      result,
      locale: displayLocale(),
    });
    this.shown = {document, version: document.version, model};
    this.send({
      type: 'sources/update',
      protocol: protocolVersion,
      docUri: document.uri.toString(),
      version: document.version,
      model,
    });
  }

  private send(message: ExtensionToWebview): void {
    void this.view?.webview.postMessage(message);
  }

  /** Route a message from the webview; anything that fails the guard is ignored. */
  private receive(raw: unknown): void {
    if (!isWebviewToExtension(raw)) return;
    const message: WebviewToExtension = raw;
    switch (message.type) {
      case 'ready':
        this.post();
        break;
      case 'reveal':
        this.reveal(message.start, message.end).then(undefined, (error: unknown) => {
          void vscode.window.showWarningMessage(vscode.l10n.t('Sourced could not reveal the claim: {0}', String(error)));
        });
        break;
      case 'copySources':
        this.copy().then(undefined, (error: unknown) => {
          void vscode.window.showWarningMessage(vscode.l10n.t('Sourced could not copy the source list: {0}', String(error)));
        });
        break;
      default: {
        const unreachable: never = message;
        return unreachable;
      }
    }
  }

  /** Select `[start, end)` in the shown draft's editor and centre it, unless the draft changed since it was shown. */
  private async reveal(start: number, end: number): Promise<void> {
    const shown = this.shown;
    if (!shown || shown.document.isClosed) return;
    const {document} = shown;
    if (!isRevealable({start, end}, {version: document.version, length: document.getText().length}, shown.version)) {
      return;
    }
    const column = vscode.window.visibleTextEditors.find((editor) => editor.document === document)?.viewColumn;
    const editor = await vscode.window.showTextDocument(document, {viewColumn: column, preserveFocus: false});
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
  }

  /** Put the shown draft's source list on the clipboard as Markdown and tell the webview. */
  private async copy(): Promise<void> {
    const model = this.shown?.model;
    if (!model) return;
    await vscode.env.clipboard.writeText(formatSourceList(model));
    this.send({type: 'copied', count: model.sources.length});
  }
}
