// The palette commands run in the real workbench: registered, summary line, workspace check into Problems, panel.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {lint, resolveConfig, ruleIds} from '../../src/core/index.js';
import {commandIds} from '../../src/extension/commands.js';
import type {WorkspaceCheck} from '../../src/extension/command-handlers.js';
import {summarize} from '../../src/extension/summary.js';
import {test} from './harness.js';
import {openDraft, sourcedDiagnostics, workspaceUri} from './helpers.js';

test('every contributed command is registered', async () => {
  const registered = new Set(await vscode.commands.getCommands(true));
  for (const id of Object.values(commandIds)) assert.ok(registered.has(id), id);
});

test('Check Attribution: lints the active draft and returns the one-line summary', async () => {
  const {editor} = await openDraft('seed-article.md');
  const summary = await vscode.commands.executeCommand<string>(commandIds.checkAttribution);
  const bytes = await vscode.workspace.fs.readFile(workspaceUri('.sourced.json'));
  const config = resolveConfig(JSON.parse(new TextDecoder().decode(bytes)), ruleIds);
  assert.equal(summary, summarize(lint(editor.document.getText(), {config})));
  assert.match(summary, /unsourced figure.*\d+ sources?$/);
  console.log(`  summary: ${summary}`);
});

test('Check Attribution in Workspace: unopened drafts land in Problems; ignored folders are skipped', async () => {
  // drafts/unopened.md is opened by no other test.
  const second = workspaceUri('drafts', 'unopened.md');
  const ignored = workspaceUri('archive', 'old.md');
  assert.equal(sourcedDiagnostics(second).length, 0, 'not linted before the command');
  const check = await vscode.commands.executeCommand<WorkspaceCheck>(commandIds.checkWorkspace);
  assert.ok(check.files >= 4, `files checked: ${JSON.stringify(check)}`);
  assert.ok(check.skipped >= 1, 'archive/** ignored by .sourced.json');
  assert.ok(sourcedDiagnostics(second).length > 0, 'drafts/unopened.md has diagnostics');
  assert.equal(sourcedDiagnostics(ignored).length, 0, 'archive/old.md is ignored');
  console.log(`  workspace check: ${JSON.stringify(check)}`);
});

test('Show Sources Panel opens the Sources view', async () => {
  await openDraft('seed-article.md');
  await vscode.commands.executeCommand(commandIds.showSources);
  // The view's own focus command only succeeds for a registered, resolvable view.
  await vscode.commands.executeCommand('sourced.sources.focus');
});

test('Explain Rule opens the rule doc bundled with the extension, the target of every diagnostic code link', async () => {
  const doc = await vscode.commands.executeCommand<vscode.Uri>(commandIds.explainRule, 'hedging');
  assert.ok(doc, 'a doc was opened');
  assert.match(doc.path, /\/docs\/rules\/hedging\.md$/);
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(doc));
  assert.ok(text.startsWith('# `hedging`'), text.slice(0, 40));
});

test('Check Attribution in Workspace selects files as the CLI does: .markdown included, .gitignore honoured', async () => {
  const markdown = workspaceUri('drafts', 'notes.markdown');
  const gitignored = workspaceUri('build', 'out.md');
  await vscode.commands.executeCommand<WorkspaceCheck>(commandIds.checkWorkspace);
  assert.ok(sourcedDiagnostics(markdown).length > 0, 'drafts/notes.markdown is checked');
  assert.equal(sourcedDiagnostics(gitignored).length, 0, 'build/out.md is ignored by .gitignore');
});
