// A file system for in-process CLI tests in which some files cannot be read (root can read a chmod 000 file).
import * as nodeFs from 'node:fs/promises';
import type {CliFs} from '../../src/cli/files.js';

/**
 * The real fs, except that reading the listed files fails with EACCES.
 *
 * @param unreadable
 *   Absolute paths.
 */
export function lockedFs(unreadable: readonly string[]): CliFs {
  return {
    ...nodeFs,
    readFile: async (file) => {
      if (unreadable.includes(file)) throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), {code: 'EACCES'});
      return nodeFs.readFile(file);
    },
  };
}
