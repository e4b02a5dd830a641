// Extension-host entry point: VS Code loads this bundle (out/integration/index.js) and awaits run().
import {runAll} from './harness.js';
import './diagnostics.test.js';
import './code-actions.test.js';
import './decisions.test.js';
import './commands.test.js';
import './hover.test.js';
import './project-actions.test.js';
import './performance.test.js';

/** Run every registered test; a rejection makes VS Code exit with code 1. */
export async function run(): Promise<void> {
  const {failed} = await runAll();
  if (failed > 0) throw new Error(`${failed} integration test(s) failed`);
}
