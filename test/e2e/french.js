// Drives the real VS Code with its display language set to French (code-server --locale fr): the extension's
// diagnostics, status bar, quick fixes, commands and Sources panel must be in French. The offline test machine has no
// French language pack, so a fixture pack with no translations (language-pack-fr/) makes VS Code resolve the display
// language to French: VS Code's own menus stay in English, and extensions get vscode.env.language "fr".
const fs = require('node:fs');
const path = require('node:path');
const {commandRunner, inWorkbench, quickFixesAt, webviewFrames} = require('./workbench.js');

/** languagepacks.json as VS Code writes it when a language pack is installed, for the fixture pack. */
function frenchLanguagePack() {
  return {
    fr: {
      hash: 'sourced-test-fr-0.0.1',
      extensions: [{extensionIdentifier: {id: 'sourced-test.language-pack-fr-test'}, version: '0.0.1'}],
      translations: {vscode: path.join(__dirname, 'language-pack-fr', 'translations', 'main.i18n.json')},
      label: 'français',
    },
  };
}

/**
 * @param {{extensionsDir: string, workspace: string, outDir: string, port?: number}} options  port: a free one unless given
 * @returns {Promise<{passed: number, failed: number}>}
 */
async function driveFrench({extensionsDir, workspace, outDir, port}) {
  fs.mkdirSync(outDir, {recursive: true});
  const server = {port, extensionsDir, locale: 'fr', languagePacks: frenchLanguagePack()};
  return inWorkbench({label: 'fr', what: 'French', server, outDir, failureShot: 'french-failure.png'}, async ({page, check, server}) => {
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`);
    const row = page.locator('.explorer-folders-view .monaco-list-row', {hasText: 'seed-article.md'}).first();
    await row.waitFor({timeout: 60_000});
    await row.click();
    await page.locator('.tab.active', {hasText: 'seed-article.md'}).waitFor({timeout: 30_000});
    const runCommand = commandRunner(page);

    // The status bar and Problems: the English seed draft's findings, in French.
    const status = page.locator('.statusbar-item', {hasText: 'à vérifier'}).first();
    const shown = await status.waitFor({timeout: 30_000}).then(() => true, () => false);
    check('the status bar says "N à vérifier"', shown, shown ? JSON.stringify((await status.innerText()).trim()) : 'no French status item');
    await runCommand('View: Focus Problems');
    await page.locator('.markers-panel .monaco-list-row', {hasText: 'sourced'}).first().waitFor({timeout: 30_000}).catch(() => {});
    const problems = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
    check('Problems shows the findings in French, rule ids unchanged',
      problems.some((r) => /Chiffre « 1,140 » sans source : précisez qui a compté, mesuré ou estimé/.test(r) && /unsourced-figure/.test(r)),
      JSON.stringify(problems.slice(0, 2)));

    // The command titles come from package.nls.fr.json.
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', {state: 'visible'});
    await page.keyboard.type('Afficher le panneau des sources');
    const palette = await page.locator('.quick-input-list .monaco-list-row', {hasText: 'Afficher le panneau des sources'}).first()
      .waitFor({timeout: 10_000}).then(() => true, () => false);
    check('the Command Palette lists "Sourced: Afficher le panneau des sources"', palette);
    await page.keyboard.press(palette ? 'Enter' : 'Escape');

    // The Sources panel: its headings and buttons from the l10n bundle, the findings from the core's catalogue.
    if (!palette) await runCommand('Sourced: Show Sources Panel');
    let panel = '';
    for (const deadline = Date.now() + 30_000; Date.now() < deadline && !panel.includes('Copier la liste des sources'); await page.waitForTimeout(250)) {
      for (const frame of webviewFrames(page)) {
        const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
        if (text.includes('Sources')) panel = text;
      }
    }
    check('the Sources panel is in French ("Copier la liste des sources", "À vérifier", "nommée")',
      panel.includes('Copier la liste des sources') && panel.includes('À vérifier') && panel.includes('nommée'), JSON.stringify(panel.replace(/\s+/g, ' ').slice(0, 160)));
    await page.screenshot({path: path.join(outDir, 'french-display-language.png')});

    // Ctrl+. on "1,140": the quick fixes' titles are French.
    const entries = await quickFixesAt(page, path.join(workspace, 'seed-article.md'), '1,140');
    check('the quick fixes are French ("Ajouter une attribution…", "Ignorer unsourced-figure ici")',
      entries.some((t) => t.includes('Ajouter une attribution…')) && entries.some((t) => t.includes('Ignorer unsourced-figure ici')), JSON.stringify(entries));
    await page.keyboard.press('Escape');
  });
}

module.exports = {driveFrench};
