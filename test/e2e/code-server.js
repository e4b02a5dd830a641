// Starts the real VS Code (code-server from .e2e/host) on loopback and opens it in Debian chromium via playwright-core.
// Shared by the extension-host test runner and the UI driver.
const {spawn, execFileSync} = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const {createRequire} = require('node:module');
const net = require('node:net');

const repo = path.resolve(__dirname, '..', '..');
const e2eDir = process.env.SOURCED_E2E_DIR || path.join(repo, '.e2e');
const hostDir = path.join(e2eDir, 'host');
const entry = path.join(hostDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Install code-server and chromium unless they are there (fast when they are). */
function ensureInstalled() {
  execFileSync('bash', [path.join(__dirname, 'setup.sh'), e2eDir], {stdio: 'inherit'});
}

/** playwright-core as pinned by test/e2e/package-lock.json. */
function playwright() {
  return createRequire(path.join(hostDir, 'package.json'))('playwright-core');
}

/** A loopback TCP port that was free a moment ago (the OS picks it), so parallel or leftover runs never collide. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const {port} = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Servers still running, stopped when this process exits however it exits. */
const running = new Set();
const stopAll = () => {
  for (const stop of running) stop();
};
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopAll();
    process.exit(128 + (os.constants.signals[signal] || 0));
  });
}

/**
 * Start code-server in its own process group with a private HOME, user data and extensions folder, on a free
 * loopback port unless one is given. The server is stopped when this process exits, also on a signal or a crash.
 * @param {{port?: number, extensionsDir?: string, settings?: object, locale?: string, languagePacks?: object}} options
 *   settings: the user's settings.json; locale: code-server's --locale; languagePacks: the user data's
 *   languagepacks.json, where VS Code looks up the language pack of a locale
 * @returns {Promise<{origin: string, port: number, work: string, stop: () => void, log: () => string}>}
 */
async function startServer({port, extensionsDir, settings, locale, languagePacks} = {}) {
  port = port || await freePort();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sourced-vscode-'));
  fs.mkdirSync(path.join(work, 'ud', 'User'), {recursive: true});
  if (settings) fs.writeFileSync(path.join(work, 'ud', 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  if (languagePacks) fs.writeFileSync(path.join(work, 'ud', 'languagepacks.json'), JSON.stringify(languagePacks, null, 2));
  const args = [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--config', path.join(work, 'config.yaml'),
    '--user-data-dir', path.join(work, 'ud'), '--extensions-dir', extensionsDir || path.join(work, 'ext'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--ignore-last-opened', ...(locale ? ['--locale', locale] : [])];
  const env = {EXTENSIONS_GALLERY: '{}', ...process.env, HOME: work, XDG_CONFIG_HOME: path.join(work, 'cfg'),
    XDG_DATA_HOME: path.join(work, 'data'), XDG_CACHE_HOME: path.join(work, 'cache')};
  const server = spawn(process.execPath, args, {env, stdio: ['ignore', 'pipe', 'pipe'], detached: true});
  let log = '';
  const append = (chunk) => {
    log += chunk;
    if (process.env.DEBUG) process.stdout.write(`[code-server] ${chunk}`);
  };
  server.stdout.on('data', append);
  server.stderr.on('data', append);
  const stop = () => {
    if (!running.delete(stop)) return;
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    fs.writeFileSync(path.join(work, 'server.log'), log);
  };
  running.add(stop);
  await new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (/HTTP server listening on/.test(log)) {
        clearInterval(poll);
        resolve();
      }
    }, 50);
    server.on('exit', (code) => {
      clearInterval(poll);
      reject(new Error(`code-server exited with ${code}:\n${log}`));
    });
  });
  return {origin: `http://127.0.0.1:${port}`, port, work, stop, log: () => log};
}

/** Headless Debian chromium with the flags this closed network needs. */
function launchBrowser() {
  return playwright().chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** Copy a folder (the test workspace fixture) to a fresh temporary folder. */
function copyToTemp(folder, prefix) {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(folder, target, {recursive: true});
  return target;
}

module.exports = {repo, e2eDir, entry, ensureInstalled, freePort, startServer, launchBrowser, copyToTemp};
