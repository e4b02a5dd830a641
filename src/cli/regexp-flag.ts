// `--no-regexp-tier-up`, set at run time by the launcher (launch.ts) and the bin (bin.ts), and when it must not be.
import {setFlagsFromString} from 'node:v8';

/**
 * Whether code ran in this process before Sourced's own: a `--require`, `--import` or `--loader` on node's command
 * line or in NODE_OPTIONS.
 */
export function preloaded(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): boolean {
  // No regular expression here: this runs before the flag is set, and a pattern run now would share its compiled
  // data with any pattern of the same source the bundle creates later (V8 caches them by source), the very case
  // compileRegExpsToMachineCode avoids.
  const preload = (arg: string) => ['-r', '--require', '--import', '--loader', '--experimental-loader'].some((option) => arg === option || arg.startsWith(`${option}=`));
  return execArgv.some(preload) || nodeOptions.split(' ').some((arg) => preload(arg.trim()));
}

/**
 * Compile regular expressions straight to machine code (`--no-regexp-tier-up`), unless other code ran first.
 *
 * A process lints once, cold, and every regular expression the core uses (about 330 on an English draft, many of them
 * long alternations of words with Unicode classes) is compiled when it first runs. By default V8 compiles each twice,
 * to bytecode for its first run and to machine code for the second; straight to machine code is cheaper for patterns
 * that run thousands of times (1,630 against 1,977 million instructions for a whole `check` of 1,000 words). Matching
 * is the same either way.
 *
 * But node 20's V8 cannot take the change for a pattern that already ran once as bytecode: run again, its bytecode is
 * entered as machine code and the process crashes (SIGSEGV, seen in session 42 with `node -r ./any.js`, where node's
 * loader had run `/^/` before the flag changed). That holds for any later pattern of the same source and flags too,
 * since V8 shares compiled data between them through its cache of patterns. In a plain `node dist/cli.js` the only
 * pattern run before is node's own package-name pattern (`--trace-regexp-tier-up`), which the bundle neither has nor
 * runs again (it requires node's built-in modules only); code preloaded by `--require`, `--import` or `--loader` may
 * have run any, so the flag is left alone then.
 *
 * @returns
 *   Whether the flag is set (and so holds for the rest of the process).
 */
export function compileRegExpsToMachineCode(): boolean {
  if (preloaded()) return false;
  setFlagsFromString('--no-regexp-tier-up');
  return true;
}
