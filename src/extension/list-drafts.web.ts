// The web build's draft listing (and the desktop one for virtual file systems): vscode.workspace.findFiles with the
// include and exclude globs of the shared selection module.
import * as vscode from 'vscode';
import {excludedGlob, markdownGlob} from '../project/selection.js';

/** Every Markdown draft under a workspace folder, outside `node_modules` and hidden folders, sorted by path. */
export async function findDrafts(folder: vscode.WorkspaceFolder, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, markdownGlob), excludedGlob, undefined, token);
  return uris.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The same function under the desktop module's name, so the web build can swap this file in for list-drafts.ts. */
export const listDrafts = findDrafts;
