// Runs the extension-host suite (test/integration/index.ts) inside the real VS Code 1.100.3 that code-server provides,
// opened in Debian chromium, then the panel and hover checks of sources-panel-ui.js in a second window;
// @vscode/test-electron cannot download VS Code on machines that reach only npm and Debian.
// Usage: node test/integration/run-code-server.js   (after `node esbuild.js`; installs code-server on first use)
const path = require('node:path');
const util = require('node:util');
const esbuild = require('esbuild');
const {repo, ensureInstalled, startServer, launchBrowser, copyToTemp} = require('../e2e/code-server.js');
const {checkSourcesPanel} = require('./sources-panel-ui.js');

/** Bundle the suite for the extension host: CommonJS, `vscode` provided by the host. */
async function bundleTests() {
  const outfile = path.join(repo, 'out', 'integration', 'index.js');
  await esbuild.build({entryPoints: [path.join(__dirname, 'index.ts')], outfile, bundle: true, platform: 'node',
    format: 'cjs', target: 'node20', external: ['vscode'], sourcemap: 'inline', logLevel: 'warning'});
  return outfile;
}

/**
 * Run the suite once; resolves with the counts the suite printed and its exit code.
 * @returns {Promise<{passed: number, failed: number, exitCode: number}>}
 */
async function runIntegration({port, timeoutMs = 300_000} = {}) {
  ensureInstalled();
  const tests = await bundleTests();
  const workspace = copyToTemp(path.join(__dirname, 'workspace'), 'sourced-ws-');
  const server = await startServer({port});
  port = server.port;
  const browser = await launchBrowser();
  let counts = {passed: 0, failed: 0};
  try {
    const page = await browser.newPage({viewport: {width: 1280, height: 800}});
    page.on('pageerror', (error) => console.log('[page error]', String(error).slice(0, 300)));
    const exited = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const line = util.format(...args);
      const summary = /^integration: (\d+) passed, (\d+) failed$/.exec(line);
      if (summary) counts = {passed: Number(summary[1]), failed: Number(summary[2])};
      console.log(line);
    });
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = JSON.stringify([['extensionDevelopmentPath', remote(repo)], ['extensionTestsPath', remote(tests)],
      ['skipWelcome', 'true']]);
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const code = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (code === 'timeout') {
      console.log(`[integration] timed out after ${timeoutMs} ms (code-server log: ${server.work}/server.log)`);
      return {...counts, failed: counts.failed + 1, exitCode: 124};
    }
    await page.close();
    // What only the workbench shows: the panel's webview and the hover, in a fresh window on a fresh copy.
    const panel = await checkSourcesPanel({browser, origin: server.origin, remote, repo,
      workspace: copyToTemp(path.join(__dirname, 'workspace'), 'sourced-panel-'), outDir: path.join(repo, 'test-results')});
    return {passed: counts.passed + panel.passed, failed: counts.failed + panel.failed, exitCode: Number(code) || (panel.failed > 0 ? 1 : 0)};
  } finally {
    await browser.close().catch(() => {});
    server.stop();
  }
}

module.exports = {runIntegration};

if (require.main === module) {
  runIntegration().then(
    ({exitCode}) => process.exit(exitCode),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
