// The `sourced` executable (dist/cli.js): loads the bundled CLI (dist/cli-main.js, from bin.ts) through a V8 code
// cache, so that a cold process does not parse the 1.3 MB bundle again, nor compile the functions a lint runs.
//
// Parsing the bundle and compiling its functions lazily was about 500 of the 1,125 million instructions a
// `sourced check` of a 1,000-word draft costs over bare node (callgrind, session 42): V8 checks the syntax of every
// regular-expression literal while it parses, and looks up each `\p{…}` class in ICU to do so. With the cache, V8
// deserialises the bytecode of the bundle and of every function the run that made the cache compiled.
//
// Cached bytecode is run as it is, so the cache must be as trustworthy as the bundle:
// - it lives in a folder of the user's own cache folder (XDG_CACHE_HOME or ~/.cache, ~/Library/Caches on macOS,
//   %LOCALAPPDATA% on Windows); on POSIX it is read only from a regular file this user owns that no one else can
//   write, opened without following a symbolic link, and written only into a folder with the same guarantees, by
//   creating a new file (mode 600) and renaming it;
// - its name holds the bundle's SHA-256 (computed by esbuild.js when it builds), node's version and architecture, and
//   the bundle's size and modification time, so a rebuilt or edited bundle never meets an older cache; V8 itself
//   rejects a cache made by another V8 version, under other flags, or for a source of another length;
// - `--verify-snapshot-checksum` is on while the bundle is compiled and while the cache is made: V8 then writes a
//   checksum into the cache and rejects one that does not match (a torn or corrupt file), instead of trusting it.
// A rejected, unreadable or missing cache only means the bundle is compiled from its source, as without a cache; the
// cache is then made when the process exits, with the functions that run compiled. Nothing a run prints depends on
// the cache. SOURCED_CODE_CACHE=0 turns it off.
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import {setFlagsFromString} from 'node:v8';
import * as vm from 'node:vm';
import {compileRegExpsToMachineCode} from './regexp-flag.js';

/** The bundled CLI beside this file. */
const bundle = path.join(__dirname, 'cli-main.js');

/** SHA-256 of the bundle, hex; set by esbuild.js when it builds the bundle and then this file. */
const bundleHash = process.env.SOURCED_BUNDLE_HASH ?? '';

/**
 * The folder for Sourced's code cache, or undefined when there is none to use: turned off, no home folder, or a
 * node whose V8 this was not checked against (`--verify-snapshot-checksum` must exist, or V8 prints an error).
 */
function cacheFolder(): string | undefined {
  if (process.env.SOURCED_CODE_CACHE === '0' || bundleHash === '') return undefined;
  const major = Number(process.versions.node.split('.')[0]);
  if (!(major >= 20 && major <= 24)) return undefined;
  const home = os.homedir();
  if (process.platform === 'win32') {
    const local = process.env.LOCALAPPDATA;
    return local && path.isAbsolute(local) ? path.join(local, 'sourced', 'Cache', 'v8') : undefined;
  }
  if (!home || !path.isAbsolute(home)) return undefined;
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'sourced', 'v8');
  const xdg = process.env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.cache'), 'sourced', 'v8');
}

/** Whether a file's or folder's status shows it is this user's own and writable by no one else (always on Windows). */
function ownPrivate(stat: fs.Stats): boolean {
  if (typeof process.getuid !== 'function') return true;
  return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}

/** The cache's bytes when they may be trusted: a regular file of this user's that no one else can write. */
function readCache(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || !ownPrivate(stat)) return undefined;
    return fs.readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Caches kept in the folder, the most recently written: enough for a few installs used in turn. */
const keptCaches = 4;

/**
 * Write the cache: into a new file (mode 600) in a folder of this user's that no one else can write, renamed into
 * place; beyond the {@link keptCaches} newest, older caches are removed. Any failure leaves things as they were.
 */
function writeCache(folder: string, file: string, data: Buffer): void {
  try {
    fs.mkdirSync(folder, {recursive: true, mode: 0o700});
    const stat = fs.lstatSync(folder);
    if (!stat.isDirectory() || !ownPrivate(stat)) return;
    const temp = path.join(folder, `.${path.basename(file)}.${process.pid}.tmp`);
    const fd = fs.openSync(temp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o600);
    try {
      fs.writeFileSync(fd, data);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
    // Caches of other builds (other installs, older versions) stay, up to the newest `keptCaches`.
    const caches = fs.readdirSync(folder).filter((name) => name.startsWith('cli-') && name.endsWith('.cache'))
      .map((name) => ({name, written: fs.statSync(path.join(folder, name)).mtimeMs}))
      .sort((a, b) => b.written - a.written);
    for (const {name} of caches.slice(keptCaches)) fs.rmSync(path.join(folder, name), {force: true});
  } catch {
    // No cache this time.
  }
}

/** Run the bundle as node would run it as the main module, from the cache when there is a good one. */
function launch(): void {
  // The bin's regexp flag (regexp-flag.ts), set before compiling: V8 accepts a cache only under the flags it was made
  // with. It is not set when code was preloaded; then there is no cache either, lest runs with and without a preload
  // replace each other's.
  // First the built-in modules the CLI loads: node compiles them from its own code cache, made under node's default
  // flags, which V8 rejects under any other (65 modules: 52 instead of 11 million instructions with the flag set
  // before them). None runs a regular expression as it loads (--print-regexp-bytecode).
  for (const id of ['node:crypto', 'node:fs/promises', 'node:worker_threads']) require(id);
  void require('node:util').parseArgs;
  void process.stdout;
  const folder = compileRegExpsToMachineCode() ? cacheFolder() : undefined;
  if (folder === undefined) {
    // Without a cache, node's own loader: it compiles the bundle sooner than vm.Script does (by 10–25 ms, measured).
    require(bundle);
    return;
  }
  let source = fs.readFileSync(bundle, 'utf8');
  // The shebang-less bundle, wrapped as node wraps a CommonJS module, on the same lines.
  source = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
  const stat = fs.statSync(bundle);
  const file = path.join(folder, `cli-${bundleHash.slice(0, 16)}-${process.version}-${process.arch}-${stat.size}-${Math.trunc(stat.mtimeMs)}.cache`);
  const cachedData = readCache(file);
  setFlagsFromString('--verify-snapshot-checksum');
  const script = new vm.Script(source, {filename: bundle, cachedData});
  setFlagsFromString('--no-verify-snapshot-checksum');
  // Made at exit, so that it holds the bytecode of every function this run compiled; only by a run that lints (not
  // `--help` or `explain`, which would leave a cache of little use to the runs after it).
  const command = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
  if ((cachedData === undefined || script.cachedDataRejected) && (command === 'check' || command === 'sources')) {
    process.once('exit', () => {
      setFlagsFromString('--verify-snapshot-checksum');
      const data = script.createCachedData();
      setFlagsFromString('--no-verify-snapshot-checksum');
      writeCache(folder, file, data);
    });
  }
  const main = new Module(bundle, module);
  main.filename = bundle;
  main.loaded = true;
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(main.exports, main.exports, Module.createRequire(bundle), main, bundle, path.dirname(bundle));
}

launch();
