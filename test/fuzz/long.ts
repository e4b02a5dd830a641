// `npm run fuzz`: the unit suite's properties with many more runs and a fresh (or FUZZ_SEED-given) seed, then the hostile drafts at full size.
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {lint, resolveConfig, ruleIds} from '../../src/core/index.js';
import {configPhrase, lineEnding, markdownDocument, sentence, unicodeNoise} from './arbitraries.js';
import {nastyInputs} from './nasty.js';
import {assertResultRanges, checkConfigPhrase, checkFix, checkLint, checkLocator, runsFor} from './properties.js';

/** Seconds one hostile draft may take before it is reported as too slow (each runs in a child process, so it can be stopped). */
const nastyLimitSeconds = Number(process.env.FUZZ_NASTY_LIMIT ?? 60);

/** Child side: lint one hostile draft and print what happened. */
function lintNasty(index: number): void {
  const input = nastyInputs[index];
  const text = input.make();
  const config = input.config && resolveConfig(input.config, ruleIds);
  const started = performance.now();
  try {
    const result = lint(text, {config});
    const ms = Math.round(performance.now() - started);
    assertResultRanges(text, result);
    process.stdout.write(`ok   ${input.name}: ${text.length} chars, ${result.findings.length} findings, ${ms} ms`);
  } catch (error) {
    process.stdout.write(`FAIL ${input.name}: ${(error as Error).name}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** Parent side: run one hostile draft in a child process, killing it after the time limit. */
function runNasty(index: number): string {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: {...process.env, FUZZ_NASTY_INDEX: String(index)},
    encoding: 'utf8',
    timeout: nastyLimitSeconds * 1000,
  });
  if (child.error) return `FAIL ${nastyInputs[index].name}: still running after ${nastyLimitSeconds} s (superlinear?)`;
  return child.stdout || `FAIL ${nastyInputs[index].name}: exited ${child.status ?? child.signal}: ${child.stderr.split('\n')[0]}`;
}

/** Run one property, print its outcome; true when it held. */
function check<T>(name: string, numRuns: number, property: fc.IProperty<T>, seed: number): boolean {
  const started = performance.now();
  const details = fc.check(property, {seed, numRuns});
  const ms = Math.round(performance.now() - started);
  if (details.failed) process.stdout.write(`FAIL ${name} (${ms} ms)\n${fc.defaultReportMessage(details)}\n`);
  else process.stdout.write(`ok   ${name}: ${details.numRuns} runs in ${ms} ms\n`);
  return !details.failed;
}

function main(): void {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
  const scale = process.env.FUZZ_SCALE ? Number(process.env.FUZZ_SCALE) : 1;
  const runs = runsFor('long');
  const n = (count: number) => Math.max(1, Math.round(count * scale));
  process.stdout.write(`fuzz seed ${seed} (repeat with FUZZ_SEED=${seed}; FUZZ_SCALE multiplies run counts, FUZZ_NASTY_LIMIT caps seconds per hostile draft)\n`);
  const results = [
    check('lint: no throw, deterministic, valid ranges', n(runs.lint), fc.property(markdownDocument, (text) => void checkLint(text)), seed),
    check('fixes: lint cleanly, findings beyond their reach unchanged', n(runs.fix), fc.property(markdownDocument, (text) => {
      const before = checkLint(text);
      for (const finding of before.findings) for (const fix of finding.fixes) checkFix(text, before, fix.edits);
    }), seed),
    check('createLocator round-trips', n(runs.locator), fc.property(
      fc.array(fc.oneof(lineEnding, sentence, unicodeNoise), {maxLength: 60}).map((parts) => parts.join('')), checkLocator), seed),
    check('config phrases are literal', n(runs.config), fc.property(configPhrase, markdownDocument, fc.boolean(), checkConfigPhrase), seed),
  ];
  for (let i = 0; i < nastyInputs.length; i++) {
    const line = runNasty(i);
    const bug = nastyInputs[i].bug;
    process.stdout.write(`${line}${line.startsWith('FAIL') && bug ? ` [known: ${bug.reason}]` : ''}\n`);
    results.push(line.startsWith('ok'));
  }
  process.exitCode = results.every(Boolean) ? 0 : 1;
}

if (process.env.FUZZ_NASTY_INDEX === undefined) main();
else lintNasty(Number(process.env.FUZZ_NASTY_INDEX));
