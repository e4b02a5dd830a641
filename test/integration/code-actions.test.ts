// Quick fixes through vscode.executeCodeActionProvider: every fix applies exactly the core's edits, undoes in one step,
// placeholders become a selected snippet, "Ignore" silences the finding, and stale diagnostics offer nothing.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {type Finding, applyFixes, lint, resolveConfig, ruleIds, sourcePlaceholder} from '../../src/core/index.js';
import {directiveFixes} from '../../src/core/directive-fixes.js';
import {test} from './harness.js';
import {describe, openDraft, ruleOf, setSetting, sourcedDiagnostics, waitForLint, workspaceUri} from './helpers.js';

/** Quick fixes offered for a range, as the lightbulb would list them. */
async function actionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
  // The command's results carry no diagnostics; Markdown's own providers offer refactors, not quick fixes.
  return actions.filter((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value);
}

async function findingsOf(document: vscode.TextDocument): Promise<Finding[]> {
  const bytes = await vscode.workspace.fs.readFile(workspaceUri('.sourced.json'));
  const config = resolveConfig(JSON.parse(new TextDecoder().decode(bytes)), ruleIds);
  return lint(document.getText(), {config}).findings;
}


/** Apply every offered quick fix of every finding in a draft, checking the text after each and that one undo restores it. */
async function applyEveryFix(...path: string[]): Promise<void> {
  await setSetting('debounceMs', 0);
  try {
    const {editor} = await openDraft(...path);
    const document = editor.document;
    const original = document.getText();
    const findings = await findingsOf(document);
    assert.ok(findings.some((f) => f.fixes.length > 0), `${path.join('/')} has fixable findings`);
    let applied = 0;
    for (const finding of findings) {
      await waitForLint(document);
      const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
      const titles = (await actionsAt(document.uri, range)).map((a) => a.title);
      const fixes = [...finding.fixes, ...directiveFixes(original, finding)];
      const expected = fixes.map((f) => f.title);
      assert.ok(expected.includes(`Ignore ${finding.ruleId} here`) && expected.includes('Accept with a reason…'), `decision fixes offered for ${finding.ruleId}`);
      for (const title of expected) assert.ok(titles.includes(title), `"${title}" offered for ${finding.ruleId}; got ${titles.join(' | ')}`);
      for (const [index, title] of expected.entries()) {
        await waitForLint(document);
        const action = (await actionsAt(document.uri, range)).find((a) => a.title === title);
        assert.ok(action?.edit, `${title} has an edit`);
        assert.ok(await vscode.workspace.applyEdit(action.edit), `${title} applied`);
        const want = applyFixes(original, fixes[index].edits);
        assert.equal(document.getText(), want, `text after "${title}"`);
        await vscode.commands.executeCommand('undo');
        assert.equal(document.getText(), original, `one undo restores the text after "${title}"`);
        applied++;
      }
    }
    console.log(`  ${path.join('/')}: applied and undid ${applied} quick fixes for ${findings.length} findings`);
  } finally {
    await setSetting('debounceMs', undefined);
  }
}

test('every quick fix on the seed article applies the core edits and undoes in one step', () => applyEveryFix('seed-article.md'), 60_000);

test('hedges: "Remove …" and "Replace with an attribution…" (two edits, one snippet) apply and undo in one step', () =>
  applyEveryFix('drafts', 'presumably.md'));

test('"1,140 casualties": an "Attribute to …" fix names a source the draft already has', async () => {
  const {editor, diagnostics} = await openDraft('seed-article.md');
  const figure = diagnostics.find((d) => ruleOf(d) === 'unsourced-figure' && editor.document.getText(d.range).includes('1,140'));
  assert.ok(figure, `1,140 flagged: ${diagnostics.map(describe).join(' ')}`);
  const attribute = (await actionsAt(editor.document.uri, figure.range)).filter((a) => a.title.startsWith('Attribute to '));
  assert.ok(attribute.length > 0 && attribute.length <= 5, `one to five "Attribute to" fixes: ${attribute.map((a) => a.title)}`);
  assert.ok(await vscode.workspace.applyEdit(attribute[0].edit!));
  const name = attribute[0].title.slice('Attribute to '.length);
  const line = editor.document.lineAt(figure.range.start.line).text;
  assert.ok(line.includes(name), `the line now names ${name}: ${line}`);
});

test('"Add attribution…" inserts the placeholder as a snippet with the placeholder selected', async () => {
  const {editor} = await openDraft('seed-article.md');
  const findings = await findingsOf(editor.document);
  const finding = findings.find((f) => f.fixes.some((x) => x.edits.some((e) => e.text.includes(sourcePlaceholder))));
  assert.ok(finding, 'a fix with a placeholder exists');
  const fix = finding.fixes.find((x) => x.edits.some((e) => e.text.includes(sourcePlaceholder)))!;
  const range = new vscode.Range(editor.document.positionAt(finding.start), editor.document.positionAt(finding.end));
  const action = (await actionsAt(editor.document.uri, range)).find((a) => a.title === fix.title);
  assert.ok(action?.edit);
  const before = editor.document.getText();
  assert.ok(await vscode.workspace.applyEdit(action.edit));
  assert.equal(editor.document.getText(), applyFixes(before, fix.edits));
  assert.equal(editor.document.getText(editor.selection), sourcePlaceholder, 'the placeholder is selected for typing');
});

test('"Ignore … here" silences exactly that finding', async () => {
  await setSetting('debounceMs', 0);
  try {
    const {editor, diagnostics} = await openDraft('seed-article.md');
    const target = diagnostics[0];
    const action = (await actionsAt(editor.document.uri, target.range)).find((a) => a.title === `Ignore ${ruleOf(target)} here`);
    assert.ok(action?.edit);
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    const after = await waitForLint(editor.document);
    const flagged = editor.document.getText(target.range);
    assert.ok(
      !after.some((d) => ruleOf(d) === ruleOf(target) && d.range.start.isEqual(target.range.start)),
      `finding on "${flagged}" ignored; have ${after.map(describe).join(' ')}`,
    );
    assert.equal(after.length, diagnostics.length - 1, 'every other finding stays');
  } finally {
    await setSetting('debounceMs', undefined);
  }
});

test('stale diagnostics (text changed, not yet re-linted) offer no fixes', async () => {
  await setSetting('debounceMs', 5000);
  try {
    const {editor, diagnostics} = await openDraft('seed-article.md');
    const target = diagnostics[0];
    assert.ok((await actionsAt(editor.document.uri, target.range)).length > 0, 'fixes offered while current');
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), 'Update: '));
    assert.deepEqual(sourcedDiagnostics(editor.document.uri).map(describe), diagnostics.map(describe), 'diagnostics not re-linted yet');
    assert.equal((await actionsAt(editor.document.uri, target.range)).length, 0, 'no fixes on a stale diagnostic');
  } finally {
    await setSetting('debounceMs', undefined);
  }
});
