// Identifiers the extension shares with package.json: commands, views, settings section, diagnostic source.
// Pure (no vscode import) so the manifest unit test can check package.json against it.

/** Command ids, each contributed in package.json under category "Sourced". */
export const commandIds = {
  checkAttribution: 'sourced.checkAttribution',
  checkWorkspace: 'sourced.checkWorkspace',
  showSources: 'sourced.showSources',
  explainRule: 'sourced.explainRule',
  createConfig: 'sourced.createConfig',
  togglePause: 'sourced.togglePause',
  fixAllHedges: 'sourced.fixAllHedges',
} as const;

/** The project configuration file's name, in each workspace folder. */
export const configFileName = '.sourced.json';

/**
 * Where a rule's documentation is bundled in the extension: `docs/rules/<id>.md`, as path segments under the
 * extension's folder (the same files `sourced explain` prints).
 */
export function ruleDocSegments(ruleId: string): string[] {
  return ['docs', 'rules', `${ruleId}.md`];
}

/**
 * The link a diagnostic's code carries: a command URI that runs "Sourced: Explain Rule" for the rule, which opens
 * its bundled doc in the Markdown preview (VS Code opens diagnostic code links with commands allowed).
 */
export function explainRuleLink(ruleId: string): string {
  return `command:${commandIds.explainRule}?${encodeURIComponent(JSON.stringify([ruleId]))}`;
}

/** View container and webview view ids. */
export const viewIds = {
  container: 'sourced',
  sources: 'sourced.sources',
} as const;

/** Settings section, diagnostic collection name and `Diagnostic.source`. */
export const extensionName = 'sourced';
