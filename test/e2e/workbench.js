// Pieces every real-workbench driver shares: a pass/fail tally printed as TAP-like lines, the Command Palette, and
// the frames of the workbench's webviews (each lives in nested iframes served from its own page).

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

module.exports = {tally, commandRunner, webviewFrames};
