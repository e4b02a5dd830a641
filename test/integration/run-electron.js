// Runs the same extension-host suite in desktop VS Code via @vscode/test-electron, for machines that can download it
// (this one cannot: use run-code-server.js here). Usage: node test/integration/run-electron.js  (after `node esbuild.js`)
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const esbuild = require('esbuild');
const {runTests} = require('@vscode/test-electron');

async function main() {
  const repo = path.resolve(__dirname, '..', '..');
  const tests = path.join(repo, 'out', 'integration', 'index.js');
  await esbuild.build({entryPoints: [path.join(__dirname, 'index.ts')], outfile: tests, bundle: true, platform: 'node',
    format: 'cjs', target: 'node20', external: ['vscode'], logLevel: 'warning'});
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sourced-ws-'));
  fs.cpSync(path.join(__dirname, 'workspace'), workspace, {recursive: true});
  await runTests({version: '1.100.3', extensionDevelopmentPath: repo, extensionTestsPath: tests,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust']});
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
