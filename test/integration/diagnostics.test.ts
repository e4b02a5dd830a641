// Diagnostics in the real editor: they agree with the core, map offsets exactly, follow edits, settings and .sourced.json.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {type Config, defaultConfig, lint, resolveConfig, ruleIds} from '../../src/core/index.js';
import {explainRuleLink} from '../../src/extension/commands.js';
import {test} from './harness.js';
import {
  describe,
  openDraft,
  openUntitled,
  replaceAll,
  ruleOf,
  setSetting,
  sourcedDiagnostics,
  waitForDiagnostics,
  waitForLint,
  workspaceUri,
  writeFile,
} from './helpers.js';

const severities = {error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information};

/** The workspace's own .sourced.json, resolved as the core would. */
async function workspaceConfig(): Promise<Config> {
  const bytes = await vscode.workspace.fs.readFile(workspaceUri('.sourced.json'));
  return resolveConfig(JSON.parse(new TextDecoder().decode(bytes)), ruleIds);
}

/** Assert that the published diagnostics are exactly the core's findings for the document's current text. */
function assertAgreesWithCore(document: vscode.TextDocument, diagnostics: vscode.Diagnostic[], config: Config): void {
  const {findings} = lint(document.getText(), {config});
  const expected = findings.map((f) => ({
    rule: f.ruleId,
    range: new vscode.Range(document.positionAt(f.start), document.positionAt(f.end)),
    severity: severities[f.severity],
    message: f.message,
    actual: f.actual,
  }));
  assert.equal(diagnostics.length, expected.length, `diagnostics ${diagnostics.map(describe).join(' ')}`);
  for (const e of expected) {
    const match = diagnostics.find((d) => ruleOf(d) === e.rule && d.range.isEqual(e.range));
    assert.ok(match, `no diagnostic for ${e.rule} at ${JSON.stringify(e.range)}; have ${diagnostics.map(describe).join(' ')}`);
    assert.equal(match.severity, e.severity, e.rule);
    assert.equal(match.message, e.message);
    assert.equal(document.getText(match.range), e.actual);
  }
}

test('seed article: the findings the issue names, each with source, linked code and severity', async () => {
  const {editor, diagnostics} = await openDraft('seed-article.md');
  const document = editor.document;
  assertAgreesWithCore(document, diagnostics, await workspaceConfig());
  const flagged = (rule: string) => diagnostics.filter((d) => ruleOf(d) === rule).map((d) => document.getText(d.range));
  assert.ok(flagged('unsourced-figure').some((t) => t.includes('1,140')), `unsourced-figure: ${flagged('unsourced-figure')}`);
  assert.ok(flagged('vague-attribution').some((t) => t.includes('based on reports')), `vague: ${flagged('vague-attribution')}`);
  assert.ok(flagged('missing-attribution').some((t) => t.includes('deadliest in history')));
  assert.ok(flagged('missing-attribution').some((t) => t.includes('were raised')));
  for (const d of diagnostics) {
    const text = document.getText(d.range);
    assert.ok(!text.includes('20,000') && !text.includes('October 7'), `false alarm ${describe(d)}: ${text}`);
    assert.equal(d.source, 'sourced');
    assert.ok(typeof d.code === 'object', 'code carries a link');
    assert.equal(d.code.target.toString(true), vscode.Uri.parse(explainRuleLink(String(d.code.value))).toString(true));
  }
});

test('.sourced.json is read: its extra hedge is flagged, as Information (info severity)', async () => {
  const {editor, diagnostics} = await openDraft('drafts', 'hedged.md');
  assertAgreesWithCore(editor.document, diagnostics, await workspaceConfig());
  const hedge = diagnostics.find((d) => editor.document.getText(d.range).toLowerCase() === 'arguably');
  assert.ok(hedge, `hedge from .sourced.json flagged: ${diagnostics.map(describe).join(' ')}`);
  assert.equal(ruleOf(hedge), 'hedging');
  assert.equal(hedge.severity, vscode.DiagnosticSeverity.Information);
});

test('offsets map through emoji (UTF-16) and CRLF line ends, and ranges can span lines', async () => {
  const text = '# 🙂 Storm\r\n\r\n🌊 The storm destroyed 1,140 homes.\r\nThe toll was the deadliest in\r\nhistory.\r\n';
  const editor = await openUntitled(text);
  const diagnostics = await waitForLint(editor.document);
  assert.equal(editor.document.eol, vscode.EndOfLine.CRLF);
  assertAgreesWithCore(editor.document, diagnostics, defaultConfig);
  const figure = diagnostics.find((d) => editor.document.getText(d.range).includes('1,140'));
  assert.ok(figure, 'figure after an emoji is found at the right place');
  assert.ok(
    diagnostics.some((d) => d.range.start.line !== d.range.end.line),
    `a finding spans a line break: ${diagnostics.map(describe).join(' ')}`,
  );
});

test('typing re-lints; after a burst of edits the diagnostics match the final text', async () => {
  await setSetting('debounceMs', 50);
  try {
    const editor = await openUntitled('Council meeting notes.\n');
    await waitForLint(editor.document);
    for (const sentence of ['Around 900 homes ', 'burned. ', 'The fire presumably ', 'started in a bakery. ', 'Sources say 40 died.']) {
      await editor.edit((builder) => builder.insert(editor.document.positionAt(editor.document.getText().length), sentence));
    }
    const diagnostics = await waitForLint(editor.document);
    assertAgreesWithCore(editor.document, diagnostics, defaultConfig);
    assert.ok(diagnostics.some((d) => editor.document.getText(d.range).includes('900')), 'the new figure is flagged');
  } finally {
    await setSetting('debounceMs', undefined);
  }
});

test('changing a draft away from Markdown (a close) clears its diagnostics', async () => {
  const {editor} = await openDraft('drafts', 'close-me.md');
  const cleared = waitForDiagnostics(editor.document.uri, (d) => d.length === 0, 'cleared diagnostics');
  await vscode.languages.setTextDocumentLanguage(editor.document, 'plaintext');
  await cleared;
});

test('sourced.enable=false clears diagnostics; true brings them back', async () => {
  const {editor} = await openDraft('seed-article.md');
  const uri = editor.document.uri;
  try {
    await setSetting('enable', false);
    await waitForDiagnostics(uri, (d) => d.length === 0, 'no diagnostics while disabled');
  } finally {
    await setSetting('enable', undefined);
  }
  await waitForDiagnostics(uri, (d) => d.length > 0, 'diagnostics after re-enabling');
});

test('sourced.run=onSave: typing does not lint, saving does', async () => {
  await setSetting('debounceMs', 0);
  await setSetting('run', 'onSave');
  try {
    const uri = await writeFile('Council meeting notes.\n', 'drafts', 'on-save.md');
    const editor = await vscode.window.showTextDocument(uri);
    await waitForLint(editor.document);
    assert.equal(sourcedDiagnostics(uri).length, 0);
    await editor.edit((builder) => builder.insert(new vscode.Position(1, 0), 'Around 900 homes burned.\n'));
    // A round trip through the workbench gives an onType lint (debounce 0) every chance to have published.
    await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 1));
    assert.equal(sourcedDiagnostics(uri).length, 0, 'no lint while typing in onSave mode');
    await editor.document.save();
    const diagnostics = await waitForLint(editor.document);
    assert.ok(diagnostics.some((d) => editor.document.getText(d.range).includes('900')), 'linted on save');
  } finally {
    await setSetting('run', undefined);
    await setSetting('debounceMs', undefined);
  }
});

test('sourced.maxFileSize: a larger draft is not linted', async () => {
  const {editor} = await openDraft('seed-article.md');
  try {
    await setSetting('maxFileSize', 100);
    await waitForDiagnostics(editor.document.uri, (d) => d.length === 0, 'no diagnostics above the size limit');
  } finally {
    await setSetting('maxFileSize', undefined);
  }
  await waitForDiagnostics(editor.document.uri, (d) => d.length > 0, 'diagnostics below the limit');
});

test('.sourced.json changes re-lint; a broken file falls back to the default rules', async () => {
  const configFile = await writeFile('{"rules": {"unsourced-figure": "off"}}\n', 'configured', '.sourced.json');
  const uri = await writeFile('Around 900 homes burned. The fire presumably started in a bakery.\n', 'configured', 'draft.md');
  const hasFigure = (d: vscode.Diagnostic[]) => d.some((x) => ruleOf(x) === 'unsourced-figure');
  try {
    await vscode.window.showTextDocument(uri);
    await waitForDiagnostics(uri, (d) => d.length > 0 && !hasFigure(d), 'the figure rule off by config');
    await writeFile('{"rules": {', 'configured', '.sourced.json');
    await waitForDiagnostics(uri, hasFigure, 'defaults while the config is broken');
    await writeFile('{"rules": {"unsourced-figure": "off"}}\n', 'configured', '.sourced.json');
    await waitForDiagnostics(uri, (d) => d.length > 0 && !hasFigure(d), 'the repaired config applies again');
  } finally {
    await vscode.workspace.fs.delete(configFile);
  }
  await waitForDiagnostics(uri, hasFigure, 'defaults once the config is deleted');
});

test('replacing the whole text keeps diagnostics in step with the core', async () => {
  const editor = await openUntitled('Draft.\n');
  await waitForLint(editor.document);
  await replaceAll(editor, 'Prices rose by 12% last year, reportedly.\n\nIt was the worst ever recorded.\n');
  const diagnostics = await waitForLint(editor.document);
  assertAgreesWithCore(editor.document, diagnostics, defaultConfig);
  assert.ok(diagnostics.length > 0);
});

test('undo and redo re-lint: diagnostics follow the text back and forth', async () => {
  await setSetting('debounceMs', 0);
  try {
    const {editor, diagnostics: before} = await openDraft('drafts', 'second.md');
    await editor.edit((builder) => builder.insert(new vscode.Position(2, 0), 'Around 900 homes burned. '));
    const edited = await waitForLint(editor.document);
    assert.equal(edited.length, before.length + 1, 'the inserted figure is flagged');
    await vscode.commands.executeCommand('undo');
    assert.deepEqual((await waitForLint(editor.document)).map(describe), before.map(describe), 'undo restores the diagnostics');
    await vscode.commands.executeCommand('redo');
    assert.deepEqual((await waitForLint(editor.document)).map(describe), edited.map(describe), 'redo brings the finding back');
  } finally {
    await setSetting('debounceMs', undefined);
  }
});

test('renaming a draft moves its diagnostics to the new name', async () => {
  const from = await writeFile('Around 900 homes burned.\n', 'drafts', 'rename-me.md');
  const to = workspaceUri('drafts', 'renamed.md');
  await vscode.window.showTextDocument(from);
  await waitForDiagnostics(from, (d) => d.length > 0, 'diagnostics before the rename');
  const edit = new vscode.WorkspaceEdit();
  edit.renameFile(from, to);
  assert.ok(await vscode.workspace.applyEdit(edit));
  await waitForDiagnostics(to, (d) => d.length > 0, 'diagnostics under the new name');
  await waitForDiagnostics(from, (d) => d.length === 0, 'none left under the old name');
});

test('a draft closed while its lint is pending gets no diagnostics back', async () => {
  await setSetting('debounceMs', 200);
  try {
    const other = await openUntitled('Council meeting notes.\n');
    await waitForLint(other.document);
    const {editor} = await openDraft('drafts', 'close-mid-lint.md');
    const uri = editor.document.uri;
    assert.ok(sourcedDiagnostics(uri).length > 0);
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), 'Some 300 people left. '));
    await vscode.languages.setTextDocumentLanguage(editor.document, 'plaintext');
    await waitForDiagnostics(uri, (d) => d.length === 0, 'cleared on close');
    // A debounced lint scheduled after the close fires after the draft's own would have: wait for that one.
    const insert = new vscode.WorkspaceEdit();
    insert.insert(other.document.uri, new vscode.Position(0, 0), 'Around 700 homes burned. ');
    assert.ok(await vscode.workspace.applyEdit(insert));
    await waitForLint(other.document);
    assert.equal(sourcedDiagnostics(uri).length, 0, 'the pending lint did not resurrect diagnostics');
  } finally {
    await setSetting('debounceMs', undefined);
  }
});
