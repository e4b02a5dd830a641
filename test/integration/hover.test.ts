// The figure hover in the real editor: who a sourced figure is attributed to, an unsourced one's kind and risk.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {test} from './harness.js';
import {openDraft, replaceAll, sourcedApi} from './helpers.js';

/** The text of every hover VS Code shows at the first occurrence of `needle` (plus `into` characters). */
async function hoverText(document: vscode.TextDocument, needle: string, into = 1): Promise<string> {
  const offset = document.getText().indexOf(needle);
  assert.notEqual(offset, -1, `the draft has ${needle}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    document.positionAt(offset + into),
  );
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n')
    // MarkdownString.appendText backslash-escapes Markdown punctuation and writes spaces as &nbsp;: read the text as
    // the writer sees it.
    .replace(/&nbsp;/g, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!~|<>])/g, '$1');
}

test('hover on the 20,000 toll says who it is attributed to; on 1,140, its kind and risk', async () => {
  const {editor} = await openDraft('seed-article.md');
  // The draft's result is fresh, so hovering must not lint it again.
  let lints = 0;
  const counting = (await sourcedApi()).onDidLint(({uri}) => {
    if (uri.toString() === editor.document.uri.toString()) lints++;
  });
  const sourced = await hoverText(editor.document, '20,000');
  assert.match(sourced, /Attributed to Hamas government in Gaza \(reported\)/);
  assert.match(sourced, /Figure "20,000": harm, high risk/);
  const unsourced = await hoverText(editor.document, '1,140');
  assert.match(unsourced, /No source/);
  assert.match(unsourced, /Figure "1,140": harm, high risk/);
  assert.doesNotMatch(await hoverText(editor.document, 'Wednesday'), /Attributed|No source/, 'no figure hover off a figure');
  counting.dispose();
  assert.equal(lints, 0, 'hovers over a freshly linted draft do not lint it again');
  console.log(`  hover on 20,000: ${sourced.replace(/\n+/g, ' / ')}`);
});

test('hover follows an edit at once, from the lint of the new text', async () => {
  const {editor} = await openDraft('seed-article.md');
  await replaceAll(editor, 'The clinic said 312 patients were treated. Another 40 homes burned.\n');
  // No wait for the debounced lint: the hover itself asks for a lint of the current version.
  const sourced = await hoverText(editor.document, '312');
  assert.match(sourced, /Attributed to The clinic \(said\)/i);
  const unsourced = await hoverText(editor.document, '40 homes');
  assert.match(unsourced, /No source/);
  assert.match(unsourced, /Figure "40": \w+, \w+ risk/);
});
