// The rule docs shipped with Sourced (docs/rules/<id>.md): found beside the bundle or the sources, read and split
// into the parts `sourced explain` prints and SARIF's rule metadata carries. Node only (reads files).
import {existsSync, readFileSync} from 'node:fs';
import * as path from 'node:path';

/** A rule's documentation, read from docs/rules/<id>.md. */
export interface RuleDoc {
  /** The whole Markdown file. */
  markdown: string;
  /** The first paragraph after the title: what the rule flags, in one or two sentences. */
  summary: string;
  /** The Markdown as plain text: no title line, no code fences, no backticks or emphasis. */
  text: string;
}

let folder: string | undefined;

/**
 * The folder holding the rule docs: `docs/rules` in the nearest folder at or above this module's (dist/ in the
 * package, src/project/ in a clone).
 *
 * @throws {Error}
 *   When no such folder exists (a broken install).
 */
export function ruleDocsFolder(): string {
  if (folder !== undefined) return folder;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'docs', 'rules');
    if (existsSync(candidate)) return (folder = candidate);
    if (path.dirname(dir) === dir) throw new Error(`the rule docs (docs/rules) are missing beside ${__dirname}`);
  }
}

/**
 * Read one rule's documentation.
 *
 * @param ruleId
 *   A registered rule id (not checked here; an unknown id has no file).
 * @throws {Error}
 *   When the file is missing.
 */
export function readRuleDoc(ruleId: string): RuleDoc {
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(ruleId)) throw new Error(`no documentation for "${ruleId}"`);
  return parseRuleDoc(readFileSync(path.join(ruleDocsFolder(), `${ruleId}.md`), 'utf8'));
}

/**
 * Split a rule doc into its summary and plain text.
 *
 * @param markdown
 *   The file: `# \`id\``, a summary paragraph, then `##` sections.
 */
export function parseRuleDoc(markdown: string): RuleDoc {
  const body = markdown.replace(/^# .*\n+/, '');
  const summary = plain(body.split(/\n\s*\n/)[0]).replace(/\s+/g, ' ').trim();
  const text = plain(body).replace(/\n{3,}/g, '\n\n').trim() + '\n';
  return {markdown, summary, text};
}

/** Markdown markup a terminal or a plain-text field shows literally, removed. */
function plain(markdown: string): string {
  return markdown
    .replace(/^```\w*\n/gm, '')
    .replace(/^## (.*)$/gm, (_, heading: string) => `${heading.toUpperCase()}`)
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1');
}
