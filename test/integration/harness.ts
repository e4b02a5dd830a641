// A tiny sequential test runner for the extension host (mocha is not a dependency): register, run, count.
import * as vscode from 'vscode';

interface TestCase {
  name: string;
  fn: () => Promise<void>;
  timeoutMs: number;
}

const cases: TestCase[] = [];

/**
 * Register a test. Tests run one after another in registration order; each gets a timeout (a guard, never a wait).
 *
 * @param name
 *   What the test shows.
 * @param fn
 *   The test body; throw (e.g. with node:assert) to fail.
 * @param timeoutMs
 *   Time after which the test fails instead of hanging the run.
 */
export function test(name: string, fn: () => Promise<void>, timeoutMs = 20_000): void {
  cases.push({name, fn, timeoutMs});
}

/** Run every registered test and print TAP-like lines plus an "N passed, N failed" summary. */
export async function runAll(): Promise<{passed: number; failed: number}> {
  let passed = 0;
  let failed = 0;
  for (const [index, {name, fn, timeoutMs}] of cases.entries()) {
    const started = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        fn(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      passed++;
      console.log(`ok ${index + 1} - ${name} (${Math.round(performance.now() - started)} ms)`);
    } catch (error) {
      failed++;
      console.log(`not ok ${index + 1} - ${name}`);
      console.log(`  ${(error instanceof Error ? (error.stack ?? error.message) : String(error)).replace(/\n/g, '\n  ')}`);
    } finally {
      clearTimeout(timer);
      await cleanEditors();
    }
  }
  console.log(`integration: ${passed} passed, ${failed} failed`);
  return {passed, failed};
}

// Every test starts from a clean workbench: unsaved changes (untitled drafts too) reverted, editors closed, so no
// "save changes?" dialog can block the run.
async function cleanEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || document.isClosed) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
