// The one error type the CLI turns into a single stderr line and exit code 2.
export {describeSystemError, errorCode} from '../project/node.js';

/** A file, config or output problem: `what` went wrong, `where` (a path, path:line:col, or a flag). */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    readonly what: string,
    readonly where?: string,
  ) {
    super(where ? `${what} (${where})` : what);
  }
}
