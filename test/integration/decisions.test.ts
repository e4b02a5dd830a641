// "Ignore ‹rule› here" and "Accept with a reason…" in the real editor, inside a wrapped paragraph, a table row and a
// nested list item: the Markdown preview's HTML (VS Code's own renderer, markdown.api.render) is unchanged apart from
// the comment, the finding is silenced or greyed, and one undo restores the draft.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {comparable} from '../../src/core/directive-fixes.js';
import {parseMarkdown} from '../../src/core/parse.js';
import {test} from './harness.js';
import {describe, openDraft, ruleOf, setSetting, waitForLint} from './helpers.js';

/** The preview's HTML for a text, HTML comments removed (they are invisible on the page). */
async function previewHtml(text: string): Promise<string> {
  const html = await vscode.commands.executeCommand<string>('markdown.api.render', text);
  assert.equal(typeof html, 'string', 'markdown.api.render returns HTML');
  return html.replace(/<!--[\s\S]*?-->/g, '');
}

/** The Markdown tree without positions and HTML comments, as the core compares it. */
function tree(text: string): string {
  return JSON.stringify(comparable(parseMarkdown(text)));
}

const places: Array<[string, string]> = [
  ['a wrapped paragraph (middle line)', '2,300'],
  ['a table row', '1,350'],
  ['a nested list item', '870'],
];

for (const [place, words] of places) {
  for (const title of ['Ignore unsourced-figure here', 'Accept with a reason…']) {
    test(`"${title}" inside ${place}: preview unchanged, finding ${title.startsWith('Ignore') ? 'silenced' : 'greyed'}, one undo`, async () => {
      await setSetting('debounceMs', 0);
      try {
        const {editor, diagnostics} = await openDraft('drafts', 'decisions.md');
        const document = editor.document;
        const original = document.getText();
        const target = diagnostics.find((d) => ruleOf(d) === 'unsourced-figure' && document.getText(d.range) === words);
        assert.ok(target, `"${words}" flagged: ${diagnostics.map(describe).join(' ')}`);
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, target.range);
        const action = actions.find((a) => a.title === title);
        assert.ok(action?.edit, `"${title}" offered: ${actions.map((a) => a.title).join(' | ')}`);
        const htmlBefore = await previewHtml(original);

        assert.ok(await vscode.workspace.applyEdit(action.edit), `${title} applied`);
        const changed = document.getText();
        assert.notEqual(changed, original, 'the draft changed');
        assert.equal(changed.split('\n').length, original.split('\n').length, 'no line added: the comment stays inline');
        assert.equal(await previewHtml(changed), htmlBefore, 'the preview HTML is unchanged');
        assert.equal(tree(changed), tree(original), 'the Markdown tree is unchanged');

        const after = await waitForLint(document);
        const line = target.range.start.line;
        const same = after.filter((d) => ruleOf(d) === 'unsourced-figure' && d.range.start.line === line && document.getText(d.range) === words);
        if (title.startsWith('Ignore')) {
          assert.deepEqual(same.map(describe), [], 'the finding is silenced');
        } else {
          assert.equal(same.length, 1, `one diagnostic left on "${words}": ${after.map(describe).join(' ')}`);
          assert.equal(same[0].severity, vscode.DiagnosticSeverity.Hint, 'accepted: a hint, not a warning');
          assert.deepEqual(same[0].tags, [vscode.DiagnosticTag.Unnecessary], 'accepted: greyed');
          assert.match(same[0].message, /^Accepted: ⟨reason⟩/);
          assert.equal(editor.document.getText(editor.selection), '⟨reason⟩', 'the reason placeholder is selected for typing');
        }
        assert.ok(!after.some((d) => ruleOf(d) === 'sourced-directive'), 'the comment is a directive that does what it says');

        await vscode.commands.executeCommand('undo');
        assert.equal(document.getText(), original, 'one undo restores the draft');
      } finally {
        await setSetting('debounceMs', undefined);
      }
    });
  }
}
