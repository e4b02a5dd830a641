// Pieces every real-workbench driver shares: a pass/fail tally printed as TAP-like lines, the Command Palette, and
// the frames of the workbench's webviews (each lives in nested iframes served from its own page).
const path = require('node:path');
const {startServer, launchBrowser} = require('./code-server.js');

/**
 * A tally of checks, each printed as `ok - <label>: name` or `not ok - <label>: name (detail)`.
 *
 * @param {string} label
 *   Printed before each check's name ("ui", "web", "panel").
 * @returns {{check: (name: string, ok: boolean, detail?: string) => void, counts: () => {passed: number, failed: number}}}
 */
function tally(label) {
  let passed = 0;
  let failed = 0;
  return {
    check(name, ok, detail = '') {
      if (ok) passed++;
      else failed++;
      console.log(`${ok ? 'ok' : 'not ok'} - ${label}: ${name}${detail ? ` (${detail})` : ''}`);
    },
    counts: () => ({passed, failed}),
  };
}

/**
 * Run a command by its title through the Command Palette (F1), as a writer would.
 *
 * @param {import('playwright-core').Page} page
 * @returns {(title: string) => Promise<void>}
 */
function commandRunner(page) {
  return async (title) => {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', {state: 'visible'});
    await page.keyboard.type(title);
    await page.locator('.quick-input-list .monaco-list-row', {hasText: title}).first().waitFor({timeout: 10_000});
    await page.keyboard.press('Enter');
  };
}

/**
 * The frames of the workbench's webviews (the workbench itself is the main frame).
 *
 * @param {import('playwright-core').Page} page
 * @returns {import('playwright-core').Frame[]}
 */
function webviewFrames(page) {
  return page.frames().filter((f) => f !== page.mainFrame() && /webview/.test(f.url()));
}

/**
 * Put the caret inside the first occurrence of `needle` in a draft open in the active editor, press Ctrl+. and list
 * the quick fixes offered there. Each step waits for its own outcome, never a fixed time: Go to Line/Column has closed
 * and the status bar shows the caret at the needle; the code-action menu is open with rows. Under load the first
 * Ctrl+. can come before the draft's diagnostics (the menu then stays shut or says there is nothing to fix), so it is
 * pressed again, every 2 s, until the menu has rows or `timeout` passes.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} file  the draft on disk, to find the needle's line and column
 * @param {string} needle  words of the draft ("1,140")
 * @param {number} [timeout]  ms, 60 s unless given
 * @returns {Promise<string[]>} the menu's rows, in order (empty when no menu with rows opened in time)
 */
async function quickFixesAt(page, file, needle, timeout = 60_000) {
  const lines = require('node:fs').readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  const column = lines[line].indexOf(needle) + 2;
  // Focus the editor through its tab (a click in the text would move the caret), then Go to Line/Column.
  await page.locator('.tab.active').click();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({state: 'visible'});
  await page.keyboard.type(`${line + 1}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({state: 'hidden', timeout});
  // The caret is there when the status bar says so ("Ln 5, Col 12"; VS Code's own strings, English in the French run
  // too, whose fixture pack has no translations).
  await page.locator('.statusbar-item', {hasText: new RegExp(`\\bLn ${line + 1}, Col ${column}\\b`)}).first().waitFor({timeout}).catch(() => {});
  const menu = page.locator('.action-widget .monaco-list-row');
  for (const deadline = Date.now() + timeout; ;) {
    await page.keyboard.press('Control+.');
    const opened = await menu.first().waitFor({timeout: Math.max(1, Math.min(2_000, deadline - Date.now()))}).then(() => true, () => false);
    if (opened) break;
    if (Date.now() >= deadline) return [];
    // Close whatever the early press showed ("No code actions available"), then try again.
    await page.keyboard.press('Escape');
  }
  // The menu is drawn in one go once the providers answer; read it when two reads in a row agree.
  let rows = await menu.allInnerTexts();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(100);
    const again = await menu.allInnerTexts();
    if (JSON.stringify(again) === JSON.stringify(rows)) break;
    rows = again;
  }
  return rows;
}

/**
 * Start code-server and a browser page, run `body` on them, and count its checks under `label`. An error ends the run
 * as one failed check (`"the <what> run completed"`) with a screenshot when `failureShot` is given; the browser and
 * the server are always stopped.
 *
 * @param {{label: string, what: string, server: object, outDir: string, failureShot?: string}} options
 *   server: startServer's options; failureShot: a file name in outDir
 * @param {(workbench: {page: import('playwright-core').Page, check: (name: string, ok: boolean, detail?: string) => void,
 *   server: {origin: string}}) => Promise<void>} body
 * @returns {Promise<{passed: number, failed: number}>}
 */
async function inWorkbench({label, what, server: serverOptions, outDir, failureShot}, body) {
  const server = await startServer(serverOptions);
  const browser = await launchBrowser();
  const {check, counts} = tally(label);
  const page = await browser.newPage({viewport: {width: 1400, height: 860}});
  try {
    await body({page, check, server});
  } catch (error) {
    check(`the ${what} run completed`, false, String(error).split('\n')[0]);
    if (failureShot) await page.screenshot({path: path.join(outDir, failureShot)}).catch(() => {});
  } finally {
    await browser.close().catch(() => {});
    server.stop();
  }
  return counts();
}

module.exports = {tally, commandRunner, webviewFrames, quickFixesAt, inWorkbench};
