// Identifiers the extension shares with package.json: commands, views, settings section, diagnostic source.
// Pure (no vscode import) so the manifest unit test can check package.json against it.

/** Command ids, each contributed in package.json under category "Sourced". */
export const commandIds = {
  checkAttribution: 'sourced.checkAttribution',
  checkWorkspace: 'sourced.checkWorkspace',
  showSources: 'sourced.showSources',
  createConfig: 'sourced.createConfig',
  togglePause: 'sourced.togglePause',
  fixAllHedges: 'sourced.fixAllHedges',
} as const;

/** View container and webview view ids. */
export const viewIds = {
  container: 'sourced',
  sources: 'sourced.sources',
} as const;

/** Settings section, diagnostic collection name and `Diagnostic.source`. */
export const extensionName = 'sourced';

/** The project configuration file, found by walking up from a draft. */
export const configFileName = '.sourced.json';
