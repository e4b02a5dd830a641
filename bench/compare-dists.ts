// Whether two builds report the same: `check` and `sources` JSON of every Markdown file under the given folders (by
// default test/corpus and test/fixtures), byte for byte: 50 files a process, then file by file where those differ.
//
//   node --import tsx bench/compare-dists.ts OTHER_DIST [THIS_DIST] [--files DIR …]
//
// OTHER_DIST and THIS_DIST are built dist/ folders (THIS_DIST defaults to this checkout's). Files are read from this
// checkout, with this checkout as the working folder, so both builds see the same configuration files. Exits 1 when
// any report differs (each is listed).
import {spawn} from 'node:child_process';
import path from 'node:path';
import {markdownFiles} from './generate.js';

const repoRoot = path.resolve(__dirname, '..');

/** stdout of `node cli.js args…` (its exit code is the findings', not a failure). */
function run(cli: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe']});
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (code) => (code === 0 || code === 1 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(`${cli} ${args.join(' ')}: exit ${code}: ${err}`))));
  });
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dirs: string[] = [];
  const dists: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--files') dirs.push(path.resolve(argv[++i]));
    else dists.push(path.resolve(argv[i]));
  }
  if (dists.length === 0) throw new Error('usage: compare-dists.ts OTHER_DIST [THIS_DIST] [--files DIR …]');
  if (dists.length === 1) dists.push(path.join(repoRoot, 'dist'));
  if (dirs.length === 0) dirs.push(path.join(repoRoot, 'test', 'corpus'), path.join(repoRoot, 'test', 'fixtures'));
  const files = dirs.flatMap(markdownFiles);
  const [a, b] = dists.map((d) => path.join(d, 'cli.js'));
  let differ = 0;
  let compared = 0;
  // Files in batches of 50 per process: the CLI reports them in the order given.
  for (let i = 0; i < files.length; i += 50) {
    const batch = files.slice(i, i + 50).map((f) => path.relative(repoRoot, f));
    for (const command of ['check', 'sources']) {
      const args = [command, '--format', 'json', ...(command === 'check' ? ['--jobs', '1'] : []), ...batch];
      const [left, right] = await Promise.all([run(a, args), run(b, args)]);
      compared += batch.length;
      if (left === right) continue;
      // Name the files that differ.
      for (const file of batch) {
        const one = [command, '--format', 'json', ...(command === 'check' ? ['--jobs', '1'] : []), file];
        const [l, r] = await Promise.all([run(a, one), run(b, one)]);
        if (l !== r) {
          differ++;
          console.log(`differs: ${command} ${file}`);
        }
      }
    }
  }
  console.log(`${compared} reports compared (${files.length} files × check and sources): ${differ === 0 ? 'byte-identical' : `${differ} differ`}.`);
  if (differ > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
