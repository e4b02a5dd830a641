// Lists the Markdown drafts of a workspace folder for "Check Attribution in Workspace". On the file system this is
// the CLI's listing (tinyglobby, src/project/node.ts); other schemes, and the web build (esbuild swaps in
// list-drafts.web.ts), use vscode.workspace.findFiles with the same include and exclude globs.
import * as vscode from 'vscode';
import {globFiles} from '../project/node.js';
import {markdownGlob} from '../project/selection.js';
import {findDrafts} from './list-drafts.web.js';

/**
 * Every `*.md` and `*.markdown` file under a workspace folder, outside `node_modules` and hidden folders, sorted.
 * `.gitignore` and `ignore` globs are applied by the caller (ProjectConfigs.isIgnored).
 *
 * @param folder
 *   A workspace folder.
 * @param token
 *   Cancels the listing (findFiles only; a file-system listing is quick and runs to the end).
 */
export async function listDrafts(folder: vscode.WorkspaceFolder, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  if (folder.uri.scheme !== 'file') return findDrafts(folder, token);
  const files = await globFiles(folder.uri.fsPath, [markdownGlob], [], {caseSensitive: false});
  return files.map((file) => vscode.Uri.file(file));
}
