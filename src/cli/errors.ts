// The one error type the CLI turns into a single stderr line and exit code 2.

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

/** The short code of a Node system error (`ENOENT`, `EACCES`…), if any. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as {code?: unknown} | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A few words a writer can act on for common system errors. */
export function describeSystemError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'a parent is not a folder';
    case 'ENOSPC':
      return 'disk full';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
