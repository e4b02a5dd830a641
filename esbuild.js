// Builds every bundle: the CLI (node), the extension (node + browser/web worker) and the webview script.
const esbuild = require('esbuild');
const fs = require('node:fs');

const production = process.argv.includes('--production');
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

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'silent',
  plugins: [problemMatcher],
  // ES modules first: jsonc-parser's "main" is a UMD build whose dynamic require('./impl/format') esbuild cannot follow.
  mainFields: ['module', 'main'],
};

const builds = [
  // The CLI bundles everything and marks nothing external, so a `vscode` import reachable from it fails the build.
  {...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20',
    banner: {js: '#!/usr/bin/env node'}},
  {...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs',
    target: 'node20', external: ['vscode']},
  // vscode.dev: the same extension over the same core, in a web worker, with no Node API.
  {...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser',
    format: 'cjs', target: 'es2022', external: ['vscode'], define: {'process.env.SOURCED_WEB': '"1"'},
    // A web worker has no DOM: packages such as decode-named-character-reference ship a DOM build under 'browser'.
    conditions: ['worker']},
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
