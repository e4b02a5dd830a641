// Keystroke → published diagnostics on a 10,000-word draft, measured in the real editor (printed, never asserted).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {lint} from '../../src/core/index.js';
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

test('keystroke → diagnostics on a 10,000-word draft (debounce 0)', async () => {
  await setSetting('debounceMs', 0);
  try {
    const text = await draftOf(10_000);
    const editor = await openUntitled(text);
    await waitForLint(editor.document);
    const applied: number[] = [];
    const published: number[] = [];
    const keystroke: number[] = [];
    const lintOnly: number[] = [];
    for (let i = 0; i < 15; i++) {
      const changed = nextDiagnosticsChange(editor.document.uri);
      const started = performance.now();
      const end = editor.document.positionAt(editor.document.getText().length);
      assert.ok(await editor.edit((builder) => builder.insert(end, i % 2 ? 'x' : ' ')));
      applied.push(performance.now() - started);
      await waitForLint(editor.document);
      published.push(performance.now() - started);
      await changed;
      keystroke.push(performance.now() - started);
      const lintStarted = performance.now();
      lint(editor.document.getText());
      lintOnly.push(performance.now() - lintStarted);
    }
    const words = text.split(/\s+/).filter(Boolean).length;
    // Skip the first few runs (JIT warm-up) in the summary.
    const warm = keystroke.slice(5);
    console.log(
      `  PERF ${words} words: edit→onDidChangeDiagnostics median ${median(warm).toFixed(1)} ms (min ${Math.min(...warm).toFixed(1)}, max ${Math.max(...warm).toFixed(1)}); edit→published ${median(published.slice(5)).toFixed(1)} ms; edit round trip alone ${median(applied.slice(5)).toFixed(1)} ms; core lint alone ${median(lintOnly.slice(5)).toFixed(1)} ms`,
    );
  } finally {
    await setSetting('debounceMs', undefined);
  }
}, 120_000);
