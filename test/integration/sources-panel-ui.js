// Checks in the real workbench what the extension host cannot see: the Sources panel's webview shows, for the seed
// draft, the content a source supports (not the whole sentence) with its figure and kind, and the editor's hover on
// the 20,000 toll says who it is attributed to. Run by run-code-server.js after the extension-host suite.
const fs = require('node:fs');
const path = require('node:path');
const {commandRunner, tally, webviewFrames} = require('../e2e/workbench.js');

/**
 * @param {{browser: import('playwright-core').Browser, origin: string, remote: (p: string) => string, repo: string,
 *   workspace: string, outDir: string}} options
 * @returns {Promise<{passed: number, failed: number}>}
 */
async function checkSourcesPanel({browser, origin, remote, repo, workspace, outDir}) {
  fs.mkdirSync(outDir, {recursive: true});
  const {check, counts} = tally('panel');
  const page = await browser.newPage({viewport: {width: 1400, height: 860}});
  try {
    const payload = JSON.stringify([['extensionDevelopmentPath', remote(repo)], ['skipWelcome', 'true']]);
    await page.goto(`${origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    const row = page.locator('.explorer-folders-view .monaco-list-row', {hasText: 'seed-article.md'}).first();
    await row.waitFor({timeout: 60_000});
    await row.click();
    await page.locator('.tab.active', {hasText: 'seed-article.md'}).waitFor({timeout: 30_000});
    await page.waitForSelector('.monaco-editor .view-lines');
    // The status bar item appears once the draft is linted.
    await page.locator('.statusbar-item', {hasText: 'unsourced'}).first().waitFor({timeout: 30_000});

    const runCommand = commandRunner(page);

    // 1. The panel: the webview lives in nested iframes; poll their text until the content row is there.
    await runCommand('Sourced: Show Sources Panel');
    let found;
    const deadline = Date.now() + 30_000;
    while (!found && Date.now() < deadline) {
      for (const frame of webviewFrames(page)) {
        const rows = await frame
          .evaluate(() =>
            [...document.querySelectorAll('.claim')].map((n) => ({
              text: n.querySelector('.text')?.textContent ?? '',
              cue: n.querySelector('.cue')?.textContent ?? '',
              kind: n.querySelector('.kind')?.textContent ?? '',
              figures: [...n.querySelectorAll('.figure')].map((f) => f.textContent),
              title: n.getAttribute('title') ?? '',
            })),
          )
          .catch(() => []);
        const toll = rows.find((r) => r.figures.includes('20,000 · harm'));
        if (toll) found = {frame, rows, toll};
      }
      if (!found) await page.waitForTimeout(250);
    }
    const shot = path.join(outDir, 'sources-panel-content.png');
    await page.screenshot({path: shot});
    console.log(`[panel] screenshot ${shot}`);
    check('the Hamas government row lists the content it supports, with "20,000 · harm"',
      Boolean(found) && /^a death toll of 20,000/.test(found.toll.text) && !/clashes/.test(found.toll.text),
      found ? JSON.stringify(found.toll) : 'no row with 20,000 · harm');
    check('each content row shows its cue and kind, at most about 120 characters, the full text on hover',
      Boolean(found) && found.rows.every((r) => r.cue !== '' && r.kind !== '' && r.text.length <= 120 && r.title.startsWith(r.text.replace(/…$/, ''))),
      found ? `${found.rows.length} rows` : '');
    if (found) {
      for (const r of found.rows) console.log(`[panel]   ${r.text}  (${r.cue} · ${r.kind}${r.figures.length ? `; ${r.figures.join(', ')}` : ''})`);
      const summary = await found.frame.evaluate(() => document.querySelector('.counts')?.textContent ?? '');
      console.log(`[panel] summary: ${summary}`);
    }

    // 2. The hover on the 20,000 toll: put the caret on it (Go to Line/Column) and show the hover from the keyboard.
    const seed = fs.readFileSync(path.join(workspace, 'seed-article.md'), 'utf8').split('\n');
    const line = seed.findIndex((l) => l.includes('20,000'));
    await page.locator('.tab.active').click();
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget input', {state: 'visible'});
    await page.keyboard.type(`${line + 1}:${seed[line].indexOf('20,000') + 2}`);
    await page.keyboard.press('Enter');
    await runCommand('Show or Focus Hover');
    const hover = page.locator('.monaco-hover', {hasText: 'Attributed to'}).first();
    const shown = await hover.waitFor({timeout: 10_000}).then(() => true, () => false);
    const hoverText = shown ? (await hover.innerText()).replace(/\s+/g, ' ') : '';
    // The hover fades in: let its own (finite) animations end so the screenshot shows it at full opacity.
    if (shown) {
      await hover.evaluate((node) => {
        const animations = [];
        for (let el = node; el; el = el.parentElement) animations.push(...el.getAnimations());
        return Promise.race([Promise.all(animations.map((a) => a.finished)), new Promise((r) => setTimeout(r, 2000))]);
      });
    }
    await page.screenshot({path: path.join(outDir, 'figure-hover.png')});
    check('the hover on 20,000 says who it is attributed to', /Attributed to Hamas government in Gaza \(reported\)/.test(hoverText),
      JSON.stringify(hoverText.slice(0, 160)));
  } catch (error) {
    check('the panel run completed', false, String(error).split('\n')[0]);
    await page.screenshot({path: path.join(outDir, 'panel-failure.png')}).catch(() => {});
  } finally {
    await page.close().catch(() => {});
  }
  return counts();
}

module.exports = {checkSourcesPanel};
