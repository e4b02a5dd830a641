// Inline control comments: <!-- sourced-disable-next-line … -->, <!-- sourced-disable-line … -->,
// <!-- sourced-disable … --> … <!-- sourced-enable … -->, honoured by the CLI and the editor alike.
import type {Locator} from './location.js';
import type {HtmlItem} from './prose.js';

interface LineRule {
  line: number;
  rules: string[] | 'all';
}

interface Region {
  start: number;
  end: number;
  rules: string[] | 'all';
}

/** Answers "is this rule silenced here?" for one document. */
export interface Suppressions {
  isSuppressed(ruleId: string, offset: number): boolean;
}

const directive = /^<!--\s*sourced-(disable-next-line|disable-line|disable|enable)(?=\s|-->)([\s\S]*?)-->$/;

/**
 * Read the control comments from the document's HTML nodes, so a comment inside a code block is inert.
 *
 * @param html
 *   Raw HTML items, in document order (from `collectProse`).
 * @param locator
 *   Locator over the document.
 * @param textLength
 *   Length of the document.
 */
export function collectSuppressions(html: readonly HtmlItem[], locator: Locator, textLength: number): Suppressions {
  const lines: LineRule[] = [];
  const regions: Region[] = [];
  const open = new Map<string, number>();
  for (const {value, start} of html) {
    // A block of HTML may hold several comments; read each one.
    let from = 0;
    while (from < value.length) {
      const at = value.indexOf('<!--', from);
      if (at < 0) break;
      const close = value.indexOf('-->', at + 4);
      if (close < 0) break;
      const m = directive.exec(value.slice(at, close + 3));
      from = close + 3;
      if (!m) continue;
      const ids = m[2].trim().split(/[\s,]+/).filter(Boolean);
      const rules: string[] | 'all' = ids.length > 0 ? ids : 'all';
      const commentLine = locator.toPoint(start + at).line;
      const endLine = locator.toPoint(start + close).line;
      switch (m[1]) {
        case 'disable-next-line':
          lines.push({line: endLine + 1, rules});
          break;
        case 'disable-line':
          lines.push({line: commentLine, rules});
          break;
        case 'disable':
          for (const id of rules === 'all' ? ['*'] : rules) if (!open.has(id)) open.set(id, start + close + 3);
          break;
        case 'enable':
          for (const id of rules === 'all' ? [...open.keys()] : rules) {
            const s = open.get(id);
            if (s === undefined) continue;
            regions.push({start: s, end: start + at, rules: id === '*' ? 'all' : [id]});
            open.delete(id);
          }
          break;
      }
    }
  }
  for (const [id, s] of open) regions.push({start: s, end: textLength, rules: id === '*' ? 'all' : [id]});
  const matches = (rules: string[] | 'all', id: string): boolean => rules === 'all' || rules.includes(id);
  return {
    isSuppressed(ruleId, offset) {
      if (regions.some((r) => offset >= r.start && offset < r.end && matches(r.rules, ruleId))) return true;
      if (lines.length === 0) return false;
      const line = locator.toPoint(offset).line;
      return lines.some((l) => l.line === line && matches(l.rules, ruleId));
    },
  };
}
