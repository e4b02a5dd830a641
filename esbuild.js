// Builds every bundle: the CLI (node), the extension (node + browser/web worker) and the webview script.
const esbuild = require('esbuild');
const fs = require('node:fs');

const production = process.argv.includes('--production');

/** A hash of every source the CLI's results depend on: `--cache` discards results of any other build. */
function sourceHash() {
  const hash = require('node:crypto').createHash('sha256');
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = `${dir}/${entry.name}`;
      if (entry.isDirectory()) visit(full);
      else hash.update(full).update(fs.readFileSync(full));
    }
  };
  for (const dir of ['src/core', 'src/cli']) visit(dir);
  return hash.digest('hex').slice(0, 16);
}
const cliDefine = {'process.env.SOURCED_BUILD_ID': JSON.stringify(sourceHash())};
const watch = process.argv.includes('--watch');

/** Prints errors in the format VS Code's esbuild problem matcher reads. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => {
      if (watch) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const {text, location} of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

/** The web build lists workspace drafts with findFiles: list-drafts.ts (which reads node:fs) becomes list-drafts.web.ts. */
const webModules = {
  name: 'web-modules',
  setup(build) {
    build.onResolve({filter: /\/list-drafts\.js$/}, (args) => ({path: require('node:path').join(args.resolveDir, 'list-drafts.web.ts')}));
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'silent',
  plugins: [problemMatcher],
  // jsonc-parser's `main` is a UMD build whose require() calls esbuild cannot follow; its `module` build bundles.
  mainFields: ['module', 'main'],
  // Keep /\p{L}+/u as a literal: esbuild otherwise turns each one outside a character class into `new RegExp(…)`,
  // built again on every call (isEnglish alone cost 6 ms of a 30k-word lint). Node 20 and ES2018 browsers have them.
  supported: {'regexp-unicode-property-escapes': true},
};

/** fdir (under tinyglobby) calls createRequire(import.meta.url); a CommonJS bundle gets that URL from __filename. */
const importMetaUrl = 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;';
const nodeCjs = {platform: 'node', format: 'cjs', target: 'node20', define: {'import.meta.url': '__importMetaUrl'}};

/**
 * After each build of the CLI bundle, builds the executable dist/cli.js (src/cli/launch.ts), which loads the bundle
 * through a V8 code cache named after the bundle's SHA-256: a rebuilt bundle never meets an older cache.
 */
const launcher = {
  name: 'launcher',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length > 0) return;
      const hash = require('node:crypto').createHash('sha256').update(fs.readFileSync('dist/cli-main.js')).digest('hex');
      await esbuild.build({...common, ...nodeCjs, entryPoints: ['src/cli/launch.ts'], outfile: 'dist/cli.js', banner: {js: '#!/usr/bin/env node'},
        sourcemap: false, define: {'process.env.SOURCED_BUNDLE_HASH': JSON.stringify(hash)}});
      fs.chmodSync('dist/cli.js', 0o755);
    });
  },
};

const builds = [
  // The CLI bundles everything and marks nothing external, so a `vscode` import reachable from it fails the build.
  // dist/cli.js, the executable, only loads this bundle (see the launcher plugin).
  {...common, ...nodeCjs, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli-main.js', banner: {js: importMetaUrl},
    define: {...nodeCjs.define, ...cliDefine}, plugins: [problemMatcher, launcher]},
  // The worker threads of `--jobs` (src/cli/pool.ts) load this file from beside dist/cli.js.
  {...common, ...nodeCjs, entryPoints: ['src/cli/lint-worker.ts'], outfile: 'dist/lint-worker.js', banner: {js: importMetaUrl}},
  // The npm package's library API (import {lint, check} from '@sourced-news/sourced'): everything bundled, no vscode.
  {...common, ...nodeCjs, entryPoints: ['src/lib/index.ts'], outfile: 'dist/index.js', banner: {js: importMetaUrl},
    define: {...nodeCjs.define, ...cliDefine}},
  {...common, ...nodeCjs, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'],
    banner: {js: importMetaUrl}},
  // vscode.dev: the same extension over the same core, in a web worker, with no Node API.
  {...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser',
    format: 'cjs', target: 'es2022', external: ['vscode'], define: {'process.env.SOURCED_WEB': '"1"'},
    // A web worker has no DOM: packages such as decode-named-character-reference ship a DOM build under 'browser'.
    conditions: ['worker'], plugins: [problemMatcher, webModules]},
  {...common, entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife',
    target: 'es2022'},
];

async function main() {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  try {
    await Promise.all(contexts.map((c) => c.rebuild()));
    if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
  } finally {
    await Promise.all(contexts.map((c) => c.dispose()));
  }
}

main().catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});
