// Not a problem, outside the story: "Trust ‹name›" and "Turn off ‹rule›" edit .sourced.json, the pause toggle stops
// and restarts checking, "Fix all hedges" applies the safe hedge fixes in one undo step, and a workspace-checked
// file keeps its findings after its editor closes.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {commandIds} from '../../src/extension/commands.js';
import {test} from './harness.js';
import {nextDiagnosticsChange, openDraft, openUntitled, ruleOf, sourcedDiagnostics, waitForDiagnostics, waitForLint, workspaceUri, writeFile} from './helpers.js';

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
  return actions.filter((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value);
}

async function readConfig(): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('.sourced.json')));
}

test('"Trust Kelton Rowing Club in this workspace" adds it to trustedSources, keeps the rest of .sourced.json, and the figure is sourced', async () => {
  const original = await readConfig();
  try {
    await writeFile('Kelton Rowing Club volunteers pulled 23 people from flooded houses.\n', 'drafts', 'trust.md');
    const {editor, diagnostics} = await openDraft('drafts', 'trust.md');
    const figure = diagnostics.find((d) => ruleOf(d) === 'unsourced-figure');
    assert.ok(figure, 'the 23 is flagged before');
    const trust = (await quickFixes(editor.document.uri, figure.range)).find((a) => a.title === 'Trust Kelton Rowing Club in this workspace');
    assert.ok(trust?.command, 'the trust fix is offered');
    const actions = (await quickFixes(editor.document.uri, figure.range)).map((a) => a.title);
    assert.ok(actions.includes('Turn off unsourced-figure in .sourced.json'), '"Turn off" is offered as well');
    assert.equal(actions[0], 'Add attribution…', `the draft's own fix comes first: ${actions.join(' | ')}`);
    const relinted = nextDiagnosticsChange(editor.document.uri);
    await vscode.commands.executeCommand(trust.command.command, ...(trust.command.arguments ?? []));
    const config = JSON.parse(await readConfig());
    assert.deepEqual(config.trustedSources, ['Kelton Rowing Club']);
    assert.deepEqual(config.hedges, ['arguably'], 'the other settings stay');
    const after = await relinted;
    assert.ok(!after.some((d) => ruleOf(d) === 'unsourced-figure'), 'the trusted name sources the figure');
  } finally {
    await vscode.workspace.fs.writeFile(workspaceUri('.sourced.json'), new TextEncoder().encode(original));
  }
});

test('"Turn off hedging in .sourced.json" sets the rule off and the hedges go', async () => {
  const original = await readConfig();
  try {
    const {editor, diagnostics} = await openDraft('drafts', 'presumably.md');
    const hedge = diagnostics.find((d) => ruleOf(d) === 'hedging');
    assert.ok(hedge, 'a hedge is flagged');
    const off = (await quickFixes(editor.document.uri, hedge.range)).find((a) => a.title === 'Turn off hedging in .sourced.json');
    assert.ok(off?.command);
    const relinted = waitForDiagnostics(editor.document.uri, (list) => !list.some((d) => ruleOf(d) === 'hedging'));
    await vscode.commands.executeCommand(off.command.command, ...(off.command.arguments ?? []));
    assert.equal(JSON.parse(await readConfig()).rules.hedging, 'off');
    await relinted;
  } finally {
    await vscode.workspace.fs.writeFile(workspaceUri('.sourced.json'), new TextEncoder().encode(original));
  }
});

test('the pause toggle clears the findings of open drafts and resuming brings them back', async () => {
  const {editor, diagnostics} = await openDraft('seed-article.md');
  assert.ok(diagnostics.length > 0);
  assert.equal(await vscode.commands.executeCommand<boolean>(commandIds.togglePause), true);
  assert.equal(sourcedDiagnostics(editor.document.uri).length, 0, 'paused: no findings');
  assert.equal(await vscode.commands.executeCommand<boolean>(commandIds.togglePause), false);
  const back = await waitForLint(editor.document);
  assert.equal(back.length, diagnostics.length, 'resumed: the same findings');
});

test('"Fix all hedges in this file" removes the plain hedges in one undo step and leaves "reportedly" for a source', async () => {
  const text = 'The suspect presumably fled. The mayor probably knew. Insurers reportedly paid 600 claims.\n';
  const editor = await openUntitled(text);
  await waitForLint(editor.document);
  const fixed = await vscode.commands.executeCommand<number>(commandIds.fixAllHedges, editor.document.uri);
  assert.equal(fixed, 2);
  assert.equal(editor.document.getText(), 'The suspect fled. The mayor knew. Insurers reportedly paid 600 claims.\n');
  await vscode.commands.executeCommand('undo');
  assert.equal(editor.document.getText(), text, 'one undo restores all of them');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('a workspace-checked file keeps its findings after its editor closes', async () => {
  await vscode.commands.executeCommand(commandIds.checkWorkspace);
  const uri = workspaceUri('drafts', 'unopened.md');
  const before = sourcedDiagnostics(uri).length;
  assert.ok(before > 0, 'checked');
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  await waitForLint(document);
  // Switching the language closes the Markdown document (VS Code fires onDidCloseTextDocument at once).
  const cleared = nextDiagnosticsChange(uri);
  await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
  await cleared;
  const after = await waitForDiagnostics(uri, (list) => list.length === before, 'the findings back, read from the file on disk');
  assert.equal(after.length, before);
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
});
