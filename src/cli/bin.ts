// Executable shim for `sourced`: hands process I/O to main() and sets the exit code (never calls process.exit).
import {setFlagsFromString} from 'node:v8';
import {main} from './main.js';

// A process lints once, cold, and every regular expression the core uses (about 330 on an English draft, many of
// them long alternations of words with Unicode classes) is compiled when it first runs. By default V8 compiles each
// twice, to bytecode for its first run and to machine code for the second; straight to machine code is cheaper for
// patterns that run thousands of times. Matching is the same either way. Set before any of the core's patterns runs;
// a regexp flag, not a compiler flag (those crash node when set at run time).
setFlagsFromString('--no-regexp-tier-up');

// `sourced check | head` closes the pipe early; that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`sourced: error: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
