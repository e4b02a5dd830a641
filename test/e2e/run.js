// `npm run test:e2e`: build, install the real VS Code if missing, run the extension-host suite in it, package and
// install the .vsix, drive the UI (in English, in the web worker host, and in French) and save screenshots to
// test-results/. Ends with "e2e: N passed, N failed".
const {execFileSync} = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const {repo, entry, ensureInstalled, copyToTemp} = require('./code-server.js');
const {runIntegration} = require('../integration/run-code-server.js');
const {driveUi, driveWebExtensionHost} = require('./drive-ui.js');
const {driveFrench} = require('./french.js');

const run = (command, args, options = {}) => execFileSync(command, args, {cwd: repo, stdio: 'inherit', ...options});

async function main() {
  const started = Date.now();
  run(process.execPath, ['esbuild.js']);
  ensureInstalled();

  console.log('[e2e] extension-host suite in VS Code 1.100.3 (code-server)');
  const integration = await runIntegration();

  console.log('[e2e] packaging the .vsix and installing it');
  // Per-run files live in a fresh temporary folder, so runs from two clones on one machine never share them.
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourced-e2e-run-'));
  const vsix = path.join(runDir, 'sourced.vsix');
  run('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--out', vsix]);
  const extensionsDir = path.join(runDir, 'ui-extensions');
  run(process.execPath, [entry, '--extensions-dir', extensionsDir, '--install-extension', vsix], {
    env: {...process.env, XDG_DATA_HOME: path.join(runDir, 'xdg'), XDG_CONFIG_HOME: path.join(runDir, 'xdg-config')},
  });

  console.log('[e2e] driving the workbench UI');
  const workspace = copyToTemp(path.join(repo, 'test', 'integration', 'workspace'), 'sourced-ui-');
  fs.copyFileSync(path.join(repo, 'test', 'fixtures', 'seed-article.md'), path.join(workspace, 'seed-article.md'));
  const ui = await driveUi({extensionsDir, workspace, outDir: path.join(repo, 'test-results')});

  console.log('[e2e] the browser bundle in the web worker extension host (as on vscode.dev)');
  const web = await driveWebExtensionHost({extensionsDir, workspace: copyToTemp(path.join(repo, 'test', 'integration', 'workspace'), 'sourced-web-'),
    outDir: path.join(repo, 'test-results')});

  console.log('[e2e] VS Code in French (code-server --locale fr, with a fixture language pack)');
  const frenchWorkspace = copyToTemp(path.join(repo, 'test', 'integration', 'workspace'), 'sourced-fr-');
  fs.copyFileSync(path.join(repo, 'test', 'fixtures', 'seed-article.md'), path.join(frenchWorkspace, 'seed-article.md'));
  const french = await driveFrench({extensionsDir, workspace: frenchWorkspace, outDir: path.join(repo, 'test-results')});

  const passed = integration.passed + ui.passed + web.passed + french.passed;
  const failed = integration.failed + ui.failed + web.failed + french.failed + (integration.exitCode !== 0 && integration.failed === 0 ? 1 : 0);
  console.log(`[e2e] done in ${((Date.now() - started) / 1000).toFixed(0)} s; screenshots in test-results/`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
});
