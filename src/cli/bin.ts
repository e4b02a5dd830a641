// Executable shim for `sourced`: hands process I/O to main() and sets the exit code (never calls process.exit).
import {main} from './main.js';
import {compileRegExpsToMachineCode} from './regexp-flag.js';

// Set before any of the core's patterns runs (the launcher, launch.ts, has set it already). A regexp flag, not a
// compiler flag (those crash node when set at run time); see regexp-flag.ts for when it is not set.
compileRegExpsToMachineCode();

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
