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
  // A 700-word story of our own (front matter, a table with a Source column, lists, a block quote, anonymous sources).
  fs.copyFileSync(path.join(repo, 'test/fixtures/stories/flood.md'), path.join(workspace, 'flood.md'));
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
    await page.locator('.statusbar-item', {hasText: 'to check'}).first().waitFor({timeout: 30_000});

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
    const shot = path.join(outDir, 'sources-panel-seed.png');
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

    // 3. A 700-word flood story of our own: the panel's screenshot, its height, and the contrast of its badges and
    // text in the light, dark and high-contrast themes, measured on the rendered colours.
    await page.keyboard.press('Escape');
    await runCommand('View: Show Explorer');
    const floodRow = page.locator('.explorer-folders-view .monaco-list-row', {hasText: 'flood.md'}).first();
    await floodRow.click();
    await page.locator('.tab.active', {hasText: 'flood.md'}).waitFor({timeout: 30_000});
    await runCommand('Sourced: Show Sources Panel');
    const flood = await panelFrame(page, 'Priya Shah');
    const words = fs.readFileSync(path.join(workspace, 'flood.md'), 'utf8').split(/\s+/).filter(Boolean).length;
    if (flood) {
      const {names, screens} = await flood.evaluate(() => ({
        names: [...document.querySelectorAll('.source-row .name')].map((n) => n.textContent),
        screens: document.documentElement.scrollHeight / window.innerHeight,
      }));
      console.log(`[panel] flood story (${words} words): ${screens.toFixed(2)} screens; sources: ${names.join(' | ')}`);
      check('the flood story lists Marsh once, under her full name, and no "gate", "system" or "village"',
        names.filter((n) => /Marsh/.test(n)).length === 1 && names.includes('Council leader Denise Marsh') && !names.some((n) => /\b(?:gate|system|village|rescue)\b/.test(n)),
        names.join(' | '));
      check('the block quote\'s speaker supports its figure ("23 · crowd" under Priya Shah)',
        await flood.evaluate(() => [...document.querySelectorAll('.source')].some((s) => /Priya Shah/.test(s.textContent ?? '') && /23 · crowd/.test(s.textContent ?? ''))), '');
      check('compact: at most about one screen per 700 words', screens <= Math.max(1, words / 700) * 1.25, `${screens.toFixed(2)} screens for ${words} words`);
      const statusText = await page.locator('.statusbar-item', {hasText: 'to check'}).first().innerText().catch(() => '');
      const toCheck = await flood.evaluate(() => document.querySelector('.findings > summary .count')?.textContent ?? '');
      check('the status bar and the panel give one count of findings', new RegExp(`\\b${toCheck} to check`).test(statusText), `status ${JSON.stringify(statusText.trim())}, panel ${toCheck}`);
      await page.screenshot({path: path.join(outDir, 'sources-panel-flood.png')});
      console.log(`[panel] screenshot ${path.join(outDir, 'sources-panel-flood.png')}`);
    } else check('the flood story shows in the panel', false, 'no panel text with Priya Shah');
    // Each theme through the workspace's settings (the workbench applies a changed workbench.colorTheme at once).
    fs.mkdirSync(path.join(workspace, '.vscode'), {recursive: true});
    for (const theme of ['Default Light Modern', 'Default Dark Modern', 'Default High Contrast', 'Default High Contrast Light']) {
      fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({'workbench.colorTheme': theme}));
      const worst = await settledContrast(page, theme);
      const slug = theme.toLowerCase().replace(/\s+/g, '-');
      await page.screenshot({path: path.join(outDir, `sources-panel-flood-${slug}.png`)});
      check(`${theme}: every badge and text in the panel has WCAG AA contrast (4.5:1)`, worst !== undefined && worst.settled && worst.ratio >= 4.5,
        worst ? `lowest ${worst.ratio.toFixed(2)}:1 on ${worst.what}; webview theme ${worst.theme}${worst.settled ? '' : ', not settled in 60 s'}` : 'no panel');
    }
  } catch (error) {
    check('the panel run completed', false, String(error).split('\n')[0]);
    await page.screenshot({path: path.join(outDir, 'panel-failure.png')}).catch(() => {});
  } finally {
    await page.close().catch(() => {});
  }
  return counts();
}

/** The webview frame whose panel text contains `text`, polled for up to 30 s. */
async function panelFrame(page, text) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    for (const frame of webviewFrames(page)) {
      const has = await frame.evaluate((t) => document.getElementById('root')?.textContent?.includes(t) ?? false, text).catch(() => false);
      if (has) return frame;
    }
    await page.waitForTimeout(250);
  }
  return undefined;
}

/**
 * The panel's lowest contrast once `theme` has reached it: waits (up to 60 s, polling every 250 ms) until the
 * webview's body names the theme (VS Code sets `data-vscode-theme-id`/`-name` and the `--vscode-*` colours in one
 * step), then until two measurements in a row agree, so a panel still settling (re-rendered, or styles arriving
 * from the workbench) is never measured. Returns the last measurement when the deadline passes, so a panel that
 * never settles is judged on what it shows, and fails.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} theme  the workbench.colorTheme just written ("Default Light Modern")
 * @returns {Promise<{ratio: number, what: string, theme: string, settled: boolean} | undefined>}
 *   theme: what the webview's body names; settled: false when the deadline passed first
 */
async function settledContrast(page, theme) {
  const deadline = Date.now() + 60_000;
  let last;
  let previous;
  while (Date.now() < deadline) {
    const frame = await panelFrame(page, 'Priya Shah');
    const themed = frame ? await frame.evaluate(() => [document.body.dataset.vscodeThemeId, document.body.dataset.vscodeThemeName]).catch(() => []) : [];
    const worst = frame ? await frame.evaluate(lowestContrast).catch(() => undefined) : undefined;
    const measured = worst && {...worst, theme: themed.filter(Boolean).join(' / ')};
    if (measured) {
      last = measured;
      if (themed.includes(theme)) {
        if (previous && previous.ratio === measured.ratio && previous.what === measured.what) return {...measured, settled: true};
        previous = measured;
      } else previous = undefined;
    }
    await page.waitForTimeout(250);
  }
  return last && {...last, settled: false};
}

/**
 * Runs in the webview: the lowest WCAG 2 contrast ratio of any visible text in the panel (badges included), from
 * computed styles, text colour alpha-blended over the first opaque background behind it (WCAG 2.1 relative luminance).
 */
function lowestContrast() {
  const rgba = (c) => {
    const [r, g, b, a = 1] = (c.match(/[\d.]+/g) ?? []).map(Number);
    return [r, g, b, a];
  };
  const over = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
  const background = (node) => {
    const layers = [];
    for (let el = node; el; el = el.parentElement) {
      const c = rgba(getComputedStyle(el).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let base = layers.length > 0 && layers[layers.length - 1][3] >= 1 ? layers.pop() : rgba(getComputedStyle(document.documentElement).getPropertyValue('--vscode-sideBar-background').trim().replace(/^#(..)(..)(..).*$/, (_, r, g, b) => `rgb(${parseInt(r, 16)}, ${parseInt(g, 16)}, ${parseInt(b, 16)})`) || 'rgb(255,255,255)');
    while (layers.length > 0) base = over(layers.pop(), base);
    return base;
  };
  const luminance = ([r, g, b]) => {
    const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  let worst = {ratio: Infinity, what: ''};
  for (const node of document.querySelectorAll('#root *')) {
    const own = [...node.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '');
    if (!own || node.getClientRects().length === 0 || getComputedStyle(node).visibility === 'hidden') continue;
    const bg = background(node);
    const fg = over(rgba(getComputedStyle(node).color), bg);
    const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    if (ratio < worst.ratio) worst = {ratio, what: `${node.className || node.tagName} "${node.textContent.trim().slice(0, 30)}"`};
  }
  return worst;
}

module.exports = {checkSourcesPanel};
