// Drives the real VS Code workbench (code-server + Debian chromium) with the installed .vsix the way a writer would:
// opens the seed draft, reads Problems and the status bar, opens the Sources panel, takes screenshots, applies the
// "Attribute to …" fix with Ctrl+. and Enter, and checks that a hostile source name shows as text.
const fs = require('node:fs');
const path = require('node:path');
const {commandRunner, inWorkbench, quickFixesAt, webviewFrames} = require('./workbench.js');

/**
 * @param {{extensionsDir: string, workspace: string, outDir: string, port?: number}} options  port: a free one unless given
 * @returns {Promise<{passed: number, failed: number}>}
 */
async function driveUi({extensionsDir, workspace, outDir, port}) {
  fs.mkdirSync(outDir, {recursive: true});
  return inWorkbench({label: 'ui', what: 'UI', server: {port, extensionsDir}, outDir, failureShot: 'failure.png'}, async ({page, check, server}) => {
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({timeout: 60_000});

    const runCommand = commandRunner(page);
    // Text of every webview frame (the panel lives in nested iframes); the driver polls it while the UI settles.
    const webviewText = async (needle, timeout = 30_000) => {
      const deadline = Date.now() + timeout;
      for (;;) {
        // Webviews are nested iframes served from the webview's own pre/ page; the workbench itself is the main frame.
        for (const frame of webviewFrames(page)) {
          // Sources start closed (compact): open them all, so their claims are on screen and in the text.
          const text = await frame.evaluate(() => {
            for (const d of document.querySelectorAll('details.source-details')) d.open = true;
            return document.body?.innerText ?? '';
          }).catch(() => '');
          if (text.includes(needle)) return {frame, text};
        }
        if (Date.now() > deadline) return undefined;
        await page.waitForTimeout(250);
      }
    };
    const openFile = async (name) => {
      const row = page.locator('.explorer-folders-view .monaco-list-row', {hasText: name}).first();
      // Keyboard commands need a focused workbench, so the first file is opened with a click on the explorer.
      if (!(await row.isVisible())) await runCommand('View: Show Explorer');
      await row.click();
      await page.locator('.tab.active', {hasText: name}).waitFor({timeout: 30_000});
      await page.waitForSelector('.monaco-editor .view-lines');
    };

    // 1. The seed draft: diagnostics in Problems, the status bar item.
    await openFile('seed-article.md');
    await runCommand('View: Focus Problems');
    const rows = page.locator('.markers-panel .monaco-list-row', {hasText: 'sourced'});
    await rows.first().waitFor({timeout: 30_000}).catch(() => {});
    const problems = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
    check('Problems lists Sourced findings for the seed draft', problems.some((r) => /unsourced-figure/.test(r)), `${problems.length} rows`);
    const status = await page.locator('.statusbar-item', {hasText: 'to check'}).first().innerText().catch(() => '');
    const problemCount = problems.filter((r) => /sourced/.test(r)).length;
    check('status bar shows "N to check", the same N as Problems', new RegExp(`\\b${problemCount} to check`).test(status), `${JSON.stringify(status.trim())}; Problems ${problemCount}`);

    // "Show Sources Panel" is one entry in the Command Palette.
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', {state: 'visible'});
    await page.keyboard.type('Show Sources Panel');
    await page.waitForTimeout(500);
    const paletteRows = await page.locator('.quick-input-list .monaco-list-row', {hasText: 'Show Sources Panel'}).allInnerTexts();
    check('"Show Sources Panel" appears once in the Command Palette', paletteRows.length === 1, JSON.stringify(paletteRows));
    await page.keyboard.press('Escape');

    // 2. The Sources panel, then its screenshot.
    await runCommand('Sourced: Show Sources Panel');
    const panel = await webviewText('Hamas');
    check('Sources panel lists the sources the draft names', Boolean(panel), panel ? panel.text.split('\n').slice(0, 6).join(' / ') : 'no webview text');
    const shot = path.join(outDir, 'sources-panel.png');
    await page.screenshot({path: shot});
    console.log(`[ui] screenshot ${shot}`);
    if (panel) console.log(`[ui] panel text:\n${panel.text}`);

    // 3. From the keyboard: Ctrl+. on "1,140", then Enter on the first entry: the placeholder, never a guessed source.
    const entries = await quickFixesAt(page, path.join(workspace, 'seed-article.md'), '1,140');
    await page.screenshot({path: path.join(outDir, 'quick-fix.png')});
    const focused = await page.locator('.action-widget .monaco-list-row.focused').innerText().catch(() => '');
    check('Ctrl+. on 1,140 focuses "Add attribution…" first: no guessed source is one keystroke away',
      focused.startsWith('Add attribution'), `focused ${JSON.stringify(focused)}; entries ${JSON.stringify(entries)}`);
    await page.keyboard.press('Enter');
    const edited = page.locator('.monaco-editor .view-lines', {hasText: 'casualties with a significant number being civilians, according to ⟨source⟩'});
    const applied = await edited.first().waitFor({timeout: 10_000}).then(() => true, () => false);
    check('Enter inserts ", according to ⟨source⟩" at the clause end', applied, '');
    // The placeholder left in the draft is an error in Problems until the writer types the source.
    await page.keyboard.press('Escape');
    await runCommand('View: Focus Problems');
    const placeholder = page.locator('.markers-panel .monaco-list-row', {hasText: 'unfilled-placeholder'});
    const flagged = await placeholder.first().waitFor({timeout: 15_000}).then(() => true, () => false);
    check('the unfilled "⟨source⟩" is an unfilled-placeholder error in Problems', flagged, '');
    await page.screenshot({path: path.join(outDir, 'after-fix.png')});
    await runCommand('File: Revert File');

    // 4. A hostile source name is shown as text, never as markup.
    await openFile('hostile.md');
    await runCommand('Sourced: Show Sources Panel');
    const hostile = await webviewText('<script>alert(1)</script>');
    const images = hostile ? await hostile.frame.evaluate(() => document.querySelectorAll('img').length) : -1;
    check('"<script>" and "<img onerror>" in a claim show as literal text, never as elements', Boolean(hostile) && images === 0,
      `img elements: ${images}`);
    await page.screenshot({path: path.join(outDir, 'hostile-source.png')});

    // 5. A broken .sourced.json: one error notification with a button that opens the file.
    fs.mkdirSync(path.join(workspace, 'broken'), {recursive: true});
    fs.writeFileSync(path.join(workspace, 'broken', '.sourced.json'), '{"rules": {"hedging": "loud"}}\n');
    fs.writeFileSync(path.join(workspace, 'broken', 'draft.md'), 'Around 900 homes burned.\n');
    await runCommand('View: Show Explorer');
    await page.locator('.explorer-folders-view .monaco-list-row', {hasText: 'broken'}).first().click();
    await openFile('draft.md');
    const toast = page.locator('.notification-toast', {hasText: '.sourced.json'}).first();
    const shown = await toast.waitFor({timeout: 20_000}).then(() => true, () => false);
    const message = shown ? await toast.innerText() : '';
    await page.screenshot({path: path.join(outDir, 'broken-config.png')});
    check('a broken .sourced.json shows one error naming the key', shown && message.includes('rules.hedging'),
      JSON.stringify(message.split('\n').find((l) => l.includes('rules.hedging')) ?? ''));
    if (shown) {
      await toast.locator('.monaco-button', {hasText: 'Open .sourced.json'}).click();
      const opened = await page.locator('.tab.active', {hasText: '.sourced.json'}).waitFor({timeout: 10_000}).then(() => true, () => false);
      check('its "Open .sourced.json" button opens the file', opened);
    }
  });
}

/**
 * The browser bundle (package.json "browser", as on vscode.dev): force the extension into the web worker extension
 * host with `remote.extensionKind` and check that the seed draft still gets its findings and the panel its sources.
 * @param {{extensionsDir: string, workspace: string, outDir: string, port?: number}} options  port: a free one unless given
 * @returns {Promise<{passed: number, failed: number}>}
 */
async function driveWebExtensionHost({extensionsDir, workspace, outDir, port}) {
  const server = {port, extensionsDir, settings: {'remote.extensionKind': {'sourced.sourced': ['web']}}};
  return inWorkbench({label: 'web', what: 'web', server, outDir}, async ({page, check, server}) => {
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`);
    const row = page.locator('.explorer-folders-view .monaco-list-row', {hasText: 'seed-article.md'}).first();
    await row.waitFor({timeout: 60_000});
    await row.click();
    await page.locator('.tab.active', {hasText: 'seed-article.md'}).waitFor({timeout: 30_000});
    const status = page.locator('.statusbar-item', {hasText: 'to check'}).first();
    const linted = await status.waitFor({timeout: 30_000}).then(() => true, () => false);
    check('the web worker build lints the seed draft', linted, linted ? JSON.stringify((await status.innerText()).trim()) : 'no status item');
    // Which host runs it: the Running Extensions editor names the web worker host.
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', {state: 'visible'});
    await page.keyboard.type('Developer: Show Running Extensions');
    await page.locator('.quick-input-list .monaco-list-row', {hasText: 'Show Running Extensions'}).first().waitFor({timeout: 10_000});
    await page.keyboard.press('Enter');
    const entry = page.locator('.runtime-extensions-editor .monaco-list-row', {hasText: 'Sourced'}).first();
    const listed = await entry.waitFor({timeout: 20_000}).then(() => true, () => false);
    const text = listed ? await entry.innerText() : '';
    await page.screenshot({path: path.join(outDir, 'web-extension-host.png')});
    check('it runs in the web worker extension host', /web worker/i.test(text), JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 120)));
  });
}

module.exports = {driveUi, driveWebExtensionHost};
