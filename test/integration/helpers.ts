// Event-driven helpers for the extension-host tests: open drafts, wait for diagnostics, change settings.
import * as vscode from 'vscode';
import type {SourcedApi} from '../../src/extension/extension.js';

/** The workspace folder the runner opened (a temporary copy of test/integration/workspace). */
export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Our diagnostics for a resource. */
export function sourcedDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sourced');
}

/**
 * Resolve with the diagnostics of `uri` once `ready` accepts them: checked now, then on every change event.
 *
 * @param uri
 *   The resource to watch.
 * @param ready
 *   Predicate over our diagnostics.
 * @param what
 *   Description for the timeout message.
 * @param timeoutMs
 *   Guard against a hang.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  ready: (diagnostics: vscode.Diagnostic[]) => boolean,
  what = 'diagnostics',
  timeoutMs = 10_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diagnostics = sourcedDiagnostics(uri);
      if (!ready(diagnostics)) return false;
      done();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out waiting for ${what}; have: ${JSON.stringify(sourcedDiagnostics(uri).map(describe))}`));
    }, timeoutMs);
    const done = () => {
      subscription.dispose();
      clearTimeout(timer);
    };
    check();
  });
}

/**
 * Resolve with the next change of the diagnostics of `uri` (whatever they are).
 *
 * @param uri
 *   The resource to watch.
 */
export function nextDiagnosticsChange(uri: vscode.Uri, timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      subscription.dispose();
      clearTimeout(timer);
      resolve(sourcedDiagnostics(uri));
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no diagnostics change for ${uri.toString()} within ${timeoutMs} ms`));
    }, timeoutMs);
  });
}

/** Compact form of a diagnostic for assertion messages. */
export function describe(diagnostic: vscode.Diagnostic): string {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  const {start, end} = diagnostic.range;
  return `${code}@${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** The rule id of one of our diagnostics. */
export function ruleOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

/**
 * Open a workspace file in an editor and wait until its diagnostics belong to its current text.
 *
 * @param path
 *   Path inside the workspace folder.
 */
export async function openDraft(...path: string[]): Promise<{editor: vscode.TextEditor; diagnostics: vscode.Diagnostic[]}> {
  const uri = workspaceUri(...path);
  const editor = await vscode.window.showTextDocument(uri);
  // Wait for the lint of the current version: diagnostics left from an earlier (reverted) version do not count.
  const diagnostics = await waitForLint(editor.document);
  return {editor, diagnostics};
}

/**
 * Open an untitled Markdown draft with `content`.
 *
 * @param content
 *   The draft.
 */
export async function openUntitled(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({language: 'markdown', content});
  return vscode.window.showTextDocument(document);
}

/**
 * Set a `sourced.*` workspace setting and resolve once VS Code reports the change.
 *
 * @param key
 *   Setting name without the `sourced.` prefix.
 * @param value
 *   New value; undefined removes it.
 */
export async function setSetting(key: string, value: unknown): Promise<void> {
  const changed = new Promise<void>((resolve) => {
    const subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(`sourced.${key}`)) return;
      subscription.dispose();
      resolve();
    });
  });
  const configuration = vscode.workspace.getConfiguration('sourced');
  if (configuration.inspect(key)?.workspaceValue === value) return;
  await configuration.update(key, value, vscode.ConfigurationTarget.Workspace);
  await changed;
}

/**
 * Write a workspace file through vscode.workspace.fs.
 *
 * @param text
 *   New content.
 * @param path
 *   Path inside the workspace folder.
 */
export async function writeFile(text: string, ...path: string[]): Promise<vscode.Uri> {
  const uri = workspaceUri(...path);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** Replace a document's whole text in one edit. */
export async function replaceAll(editor: vscode.TextEditor, text: string): Promise<void> {
  const document = editor.document;
  const all = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  const ok = await editor.edit((builder) => builder.replace(all, text));
  if (!ok) throw new Error('edit was not applied');
}

/** The extension's API (activating it if needed). */
export async function sourcedApi(): Promise<SourcedApi> {
  const extension = vscode.extensions.getExtension<SourcedApi>('sourced.sourced');
  if (!extension) throw new Error('extension sourced.sourced is not installed in this host');
  return extension.activate();
}

/**
 * Resolve once the diagnostics of `document` belong to its current version (now, or after the next lint).
 *
 * @param document
 *   A Markdown draft.
 */
export async function waitForLint(document: vscode.TextDocument, timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  const api = await sourcedApi();
  if (api.isCurrent(document)) return sourcedDiagnostics(document.uri);
  return new Promise((resolve, reject) => {
    const subscription = api.onDidLint(({uri, version}) => {
      if (uri.toString() !== document.uri.toString() || version !== document.version) return;
      subscription.dispose();
      clearTimeout(timer);
      resolve(sourcedDiagnostics(document.uri));
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no lint of ${document.uri.toString()} v${document.version} within ${timeoutMs} ms`));
    }, timeoutMs);
  });
}
