// Keystroke → published diagnostics on a 10,000-word draft, measured in the real editor (printed, never asserted).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {createLinter, lint} from '../../src/core/index.js';
import {test} from './harness.js';
import {nextDiagnosticsChange, openUntitled, setSetting, waitForLint} from './helpers.js';

/** About `words` words of news copy, built from the seed article's paragraphs (deterministic). */
async function draftOf(words: number): Promise<string> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const seed = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'seed-article.md')));
  const paragraphs = seed.split('\n').filter((p) => p.trim() !== '');
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const paragraph = paragraphs[i % paragraphs.length];
    out.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return `${out.join('\n\n')}\n`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median ms from an edit to the changed diagnostics event, and to the lint being published, over `runs` keystrokes. */
async function measureKeystrokes(editor: vscode.TextEditor, runs: number): Promise<{event: number[]; published: number[]}> {
  const event: number[] = [];
  const published: number[] = [];
  for (let i = 0; i < runs; i++) {
    const changed = nextDiagnosticsChange(editor.document.uri);
    const started = performance.now();
    const end = editor.document.positionAt(editor.document.getText().length);
    assert.ok(await editor.edit((builder) => builder.insert(end, i % 2 ? 'x' : ' ')));
    await waitForLint(editor.document);
    published.push(performance.now() - started);
    await changed;
    event.push(performance.now() - started);
  }
  // The first runs warm up the JIT; the summary uses the rest.
  return {event: event.slice(5), published: published.slice(5)};
}

const ms = (xs: number[]) => `${median(xs).toFixed(1)} ms`;

test('keystroke → diagnostics on a 10,000-word draft (debounce 0)', async () => {
  await setSetting('debounceMs', 0);
  // The Sources panel re-renders on every lint; measured here is the editor path (the panel is timed separately).
  await vscode.commands.executeCommand('workbench.action.closeSidebar');
  try {
    const small = await openUntitled('Council meeting notes.\n');
    await waitForLint(small.document);
    const baseline = await measureKeystrokes(small, 15);

    const text = await draftOf(10_000);
    const editor = await openUntitled(text);
    await waitForLint(editor.document);
    const large = await measureKeystrokes(editor, 15);

    const full: number[] = [];
    const incremental: number[] = [];
    const linter = createLinter();
    linter.lint(text);
    for (let i = 0; i < 15; i++) {
      const edited = `${text}${'x'.repeat(i + 1)}`;
      let started = performance.now();
      lint(edited);
      full.push(performance.now() - started);
      started = performance.now();
      linter.lint(edited);
      incremental.push(performance.now() - started);
    }

    await vscode.commands.executeCommand('sourced.sources.focus');
    await vscode.window.showTextDocument(editor.document);
    const withPanel = await measureKeystrokes(editor, 15);

    const words = text.split(/\s+/).filter(Boolean).length;
    console.log(`  PERF ${words} words, median of 10 keystrokes after 5 warm-up:`);
    console.log(`  PERF   edit → onDidChangeDiagnostics ${ms(large.event)} (published in the host ${ms(large.published)})`);
    console.log(`  PERF   the same on a 3-word draft (editor round trip, no real lint) ${ms(baseline.event)}`);
    console.log(`  PERF   core alone: createLinter().lint() ${ms(incremental.slice(5))}, full lint() ${ms(full.slice(5))}`);
    console.log(`  PERF   with the Sources panel visible ${ms(withPanel.event)}`);
  } finally {
    await setSetting('debounceMs', undefined);
  }
}, 180_000);
