// Builds the npm package of the CLI and library API in out/npm and packs it (npm pack) into out/.
//
// Why a generated package.json: the repository's package.json is the VS Code extension manifest, and an extension
// name cannot be scoped (vsce accepts only [a-z0-9-]), while the npm name must be (`sourced` belongs to an
// unrelated package). The extension also needs `main`, `browser`, `contributes` and its own dependencies, none of
// which belong in a CLI package. So this script writes a small package.json for npm from the manifest's version,
// description, licence and keywords; the package has no dependencies because dist/ bundles them.
//
// Usage: node scripts/pack-npm.js   (after node esbuild.js); prints the tarball's absolute path.
const {execFileSync} = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/** The npm name: scoped, free on the registry when checked (`npm view @sourced-news/sourced` → 404, 2026-11-30). */
const packageName = '@sourced-news/sourced';

const repo = path.join(__dirname, '..');
const stage = path.join(repo, 'out', 'npm');
const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));

function copy(from, to = from) {
  const target = path.join(stage, to);
  fs.mkdirSync(path.dirname(target), {recursive: true});
  fs.copyFileSync(path.join(repo, from), target);
}

function main() {
  for (const bundle of ['dist/cli.js', 'dist/cli-main.js', 'dist/index.js']) {
    if (!fs.existsSync(path.join(repo, bundle))) throw new Error(`${bundle} is missing: run node esbuild.js first`);
  }
  fs.rmSync(stage, {recursive: true, force: true});
  // Declarations for the library API (out/npm/types), from the same sources the bundle was built from.
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(repo, 'tsconfig.lib.json')], {cwd: repo, stdio: 'inherit'});
  copy('dist/cli.js');
  fs.chmodSync(path.join(stage, 'dist', 'cli.js'), 0o755);
  // The bundle dist/cli.js loads (through a code cache, src/cli/launch.ts).
  copy('dist/cli-main.js');
  copy('dist/index.js');
  for (const doc of fs.readdirSync(path.join(repo, 'docs', 'rules'))) copy(path.join('docs', 'rules', doc));
  copy('README.md');
  copy('LICENSE');
  const types = './types/src/lib/index.d.ts';
  const pkg = {
    name: packageName,
    version: manifest.version,
    description: manifest.description,
    license: manifest.license,
    keywords: manifest.keywords,
    bin: {sourced: 'dist/cli.js'},
    main: './dist/index.js',
    types,
    exports: {'.': {types, default: './dist/index.js'}, './package.json': './package.json'},
    files: ['dist/cli.js', 'dist/cli-main.js', 'dist/index.js', 'types', 'docs/rules'],
    engines: {node: '>=20'},
    sideEffects: false,
  };
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', path.join(repo, 'out')], {cwd: stage, encoding: 'utf8'});
  const [{filename}] = JSON.parse(out);
  console.log(path.join(repo, 'out', filename));
}

main();
