// Inline control comments, honoured by the CLI and the editor alike:
//   <!-- sourced-disable-next-line … -->  the next line holding prose (blank and comment-only lines skipped)
//   <!-- sourced-disable-line … -->       its own line
//   <!-- sourced-disable … --> … <!-- sourced-enable … -->  a region
//   <!-- sourced-accept rule "words": reason -->  an editor's recorded decision (same line, or the next prose line)
// Every directive is also checked: unknown rule ids, unclosed regions, directives that silenced or accepted nothing
// and malformed acceptances become problems the `sourced-directive` rule reports.
import {createLocator, type Locator} from './location.js';
import type {HtmlItem} from './prose.js';
import type {AcceptedFinding, Finding} from './types.js';
import {spaceOrCommaRuns, splitOn} from './matches.js';

/** The kinds of control comment. */
export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'accept';

/** One control comment as written. */
export interface Directive {
  kind: DirectiveKind;
  /** `[start, end)` UTF-16 offsets of the whole comment, `<!--` to `-->`. */
  start: number;
  end: number;
  /** Rule ids named, in order; empty means every rule (never empty for `accept`). */
  ruleIds: string[];
  /** 1-based line a line directive applies to (`disable-line`, `disable-next-line`, `accept`). */
  line?: number;
  /** `accept` only: the quoted words the finding must still contain, and the editor's reason. */
  words?: string;
  reason?: string;
}

/**
 * Why a directive is itself a problem: `unknown-rule` (an id no rule has), `unclosed` (a `disable` never enabled:
 * it silences the rest of the draft), `unused` (it silenced nothing; `ruleIds` lists the ids that did not),
 * `stale-accept` (no finding of the rule on its line contains the accepted words any more; `changed` when a finding
 * of that rule is still there with other words), `malformed-accept` (no rule id, no quoted words or no reason).
 */
export type DirectiveProblem =
  | {kind: 'unknown-rule'; directive: Directive; ruleId: string}
  | {kind: 'unclosed'; directive: Directive; ruleIds: string[]}
  | {kind: 'unused'; directive: Directive; ruleIds: string[]}
  | {kind: 'stale-accept'; directive: Directive; changed: boolean}
  | {kind: 'malformed-accept'; directive: Directive};

/** What the directives did to a document's findings. */
export interface DirectiveOutcome {
  /** Findings neither silenced nor accepted, in input order. */
  kept: Finding[];
  /** Findings an `accept` directive recorded as checked, with its reason. */
  accepted: AcceptedFinding[];
  /** Problems with the directives themselves, in document order. */
  problems: DirectiveProblem[];
}

const directivePattern = /^<!--\s*sourced-(disable-next-line|disable-line|disable|enable|accept)(?=\s|-->)([\s\S]*?)-->$/;
// `accept` body: a rule id, the accepted words in straight or curly quotes, a colon, the reason.
const acceptPattern = /^\s*([a-z][a-z0-9-]*)\s+(?:"([^"]*)"|“([^”]*)”)\s*:\s*([\s\S]*?)\s*$/;
// A line's container markers (block quote, list bullet or number) and whitespace: nothing a reader reads.
const containerPrefix = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;

/**
 * Read the control comments of a document from its raw HTML (so a comment inside code is inert), in document order.
 *
 * @param html
 *   Raw HTML items in document order (from `collectProse`), offsets into `source`.
 * @param source
 *   The whole document.
 * @param locator
 *   Locator over `source` (built here when omitted).
 */
export function collectDirectives(html: readonly HtmlItem[], source: string, locator: Locator = createLocator(source)): Directive[] {
  const out: Directive[] = [];
  const memo = new Map<number, number>();
  for (const {value, start} of html) {
    // A block of HTML may hold several comments; read each one.
    let from = 0;
    while (from < value.length) {
      const at = value.indexOf('<!--', from);
      if (at < 0) break;
      const close = value.indexOf('-->', at + 4);
      if (close < 0) break;
      from = close + 3;
      const m = directivePattern.exec(value.slice(at, close + 3));
      if (!m) continue;
      const kind = m[1] as DirectiveKind;
      const directive: Directive = {kind, start: start + at, end: start + close + 3, ruleIds: []};
      if (kind === 'accept') {
        const a = acceptPattern.exec(m[2]);
        if (a) {
          directive.ruleIds = [a[1]];
          directive.words = a[2] ?? a[3];
          directive.reason = a[4];
        }
      } else {
        directive.ruleIds = splitOn(spaceOrCommaRuns, m[2].trim()).filter(Boolean);
      }
      const ownLine = locator.toPoint(directive.start).line;
      if (kind === 'disable-line') directive.line = ownLine;
      else if (kind === 'disable-next-line') directive.line = nextProseLine(source, locator, locator.toPoint(directive.end).line, memo);
      else if (kind === 'accept') {
        directive.line = standsAlone(source, locator, directive) ? nextProseLine(source, locator, locator.toPoint(directive.end).line, memo) : ownLine;
      }
      out.push(directive);
    }
  }
  return out;
}

/** The text of 1-based line `line` (without its line ending), or undefined past the end. */
function lineText(source: string, locator: Locator, line: number): string | undefined {
  const start = locator.toOffset({line, column: 1});
  if (locator.toPoint(start).line !== line) return undefined;
  const end = locator.toOffset({line: line + 1, column: 1});
  const text = source.slice(start, end === start ? source.length : end);
  return text.replace(/\r?\n$|\r$/, '');
}

/** What a reader would read on a line: the line without container markers and without HTML comments. */
function readable(text: string): string {
  return withoutComments(text).replace(containerPrefix, '').trim();
}

/**
 * `text` without its complete HTML comments, in one left-to-right pass (linear on a run of unclosed `<!--`).
 *
 * @param text
 *   Any text.
 */
export function withoutComments(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    const close = open < 0 ? -1 : text.indexOf('-->', open + 4);
    if (close < 0) return out + text.slice(from);
    out += text.slice(from, open);
    from = close + 3;
  }
}

/**
 * The first line after `line` that holds prose: blank lines and lines of comments alone are skipped. `memo` keeps the
 * answer for every line skipped on the way, so a run of thousands of directive lines is read once, not once each.
 */
function nextProseLine(source: string, locator: Locator, line: number, memo: Map<number, number>): number {
  const skipped = [line];
  let next = line + 1;
  let found: number | undefined;
  for (;;) {
    found = memo.get(next - 1);
    if (found !== undefined) break;
    const text = lineText(source, locator, next);
    if (text === undefined || readable(text) !== '') {
      found = next;
      break;
    }
    skipped.push(next);
    next++;
  }
  for (const l of skipped) memo.set(l, found);
  return found;
}

/** True when a comment is the only readable thing on its line(s), so it speaks about the line after it. */
function standsAlone(source: string, locator: Locator, directive: Directive): boolean {
  const first = locator.toPoint(directive.start).line;
  const last = locator.toPoint(directive.end).line;
  const before = source.slice(locator.toOffset({line: first, column: 1}), directive.start);
  const afterStart = directive.end;
  const afterEnd = locator.toOffset({line: last + 1, column: 1});
  const after = source.slice(afterStart, afterEnd <= afterStart ? source.length : afterEnd);
  return readable(before) === '' && readable(after) === '';
}

/**
 * A finding's words as a reader reads them: HTML comments dropped (a decision comment written inside a finding that
 * runs over lines), line breaks with the next line's block-quote markers become one space,
 * and whitespace collapses, so accepted words match across a re-wrapped line.
 *
 * @param text
 *   Source text (a finding's `actual`, or accepted words).
 */
export function readerWords(text: string): string {
  return withoutComments(text).replace(/(?:\r\n?|\n)[ \t]*(?:>[ \t]?)*/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Apply a document's directives to its findings: silence what `disable*` covers, record what `accept` covers, and
 * list the problems with the directives themselves.
 *
 * @param directives
 *   From `collectDirectives`, in document order.
 * @param findings
 *   The rules' findings (offsets into the same document).
 * @param locator
 *   Locator over the document.
 * @param textLength
 *   Length of the document (an unclosed region runs to it).
 * @param knownRuleIds
 *   Every registered rule id: any other id in a directive is a problem.
 */
export function applyDirectives(
  directives: readonly Directive[],
  findings: readonly Finding[],
  locator: Locator,
  textLength: number,
  knownRuleIds: readonly string[],
): DirectiveOutcome {
  const problems: DirectiveProblem[] = [];
  const known = new Set(knownRuleIds);
  // Which of each directive's ids (or '*' for every rule) did something.
  const used = new Map<Directive, Set<string>>(directives.map((d) => [d, new Set<string>()]));
  const regions: Array<{start: number; end: number; id: string; directive: Directive}> = [];
  const open = new Map<string, Directive>();
  const enableUsed = new Set<Directive>();
  for (const d of directives) {
    for (const id of d.ruleIds) if (!known.has(id)) problems.push({kind: 'unknown-rule', directive: d, ruleId: id});
    if (d.kind === 'accept' && (d.words === undefined || d.words.trim() === '' || !d.reason)) {
      problems.push({kind: 'malformed-accept', directive: d});
      continue;
    }
    const ids = d.ruleIds.length > 0 ? d.ruleIds.filter((id) => known.has(id)) : ['*'];
    if (d.kind === 'disable') {
      for (const id of ids) if (!open.has(id)) open.set(id, d);
    } else if (d.kind === 'enable') {
      for (const id of d.ruleIds.length > 0 ? ids : [...open.keys()]) {
        const opener = open.get(id);
        if (!opener) continue;
        regions.push({start: opener.end, end: d.start, id, directive: opener});
        open.delete(id);
        enableUsed.add(d);
      }
    }
  }
  for (const [id, opener] of open) regions.push({start: opener.end, end: textLength, id, directive: opener});

  const names = (d: Directive, id: string): boolean => d.ruleIds.length === 0 ? true : d.ruleIds.includes(id);
  // Line directives and acceptances by the line they apply to: each finding looks up its own line only.
  const byLine = (list: Directive[]): Map<number, Directive[]> => {
    const map = new Map<number, Directive[]>();
    for (const d of list) {
      const same = map.get(d.line!);
      if (same) same.push(d);
      else map.set(d.line!, [d]);
    }
    return map;
  };
  const lineDirectives = byLine(directives.filter((d) => (d.kind === 'disable-line' || d.kind === 'disable-next-line') && d.line !== undefined));
  const accepts = directives.filter((d) => d.kind === 'accept' && d.line !== undefined && d.words && d.reason && known.has(d.ruleIds[0]));
  const acceptsByLine = byLine(accepts);
  const valid = new Set(accepts);
  const kept: Finding[] = [];
  const accepted: AcceptedFinding[] = [];
  // "rule:line" of every finding, to tell a stale acceptance whose words changed from one with nothing to accept.
  const flagged = new Set<string>();
  for (const f of findings) {
    const line = locator.toPoint(f.start).line;
    flagged.add(`${f.ruleId}:${line}`);
    let silenced = false;
    for (const r of regions) {
      if (f.start >= r.start && f.start < r.end && (r.id === '*' || r.id === f.ruleId)) {
        used.get(r.directive)!.add(r.id);
        silenced = true;
      }
    }
    for (const d of lineDirectives.get(line) ?? []) {
      if (names(d, f.ruleId)) {
        used.get(d)!.add(d.ruleIds.length === 0 ? '*' : f.ruleId);
        silenced = true;
      }
    }
    const acceptance = acceptsByLine.get(line)?.find((d) => d.ruleIds[0] === f.ruleId && readerWords(f.actual).includes(readerWords(d.words!)));
    if (acceptance) used.get(acceptance)!.add(f.ruleId);
    if (silenced) continue;
    if (acceptance) {
      accepted.push({...f, accepted: {reason: acceptance.reason!, words: acceptance.words!, start: acceptance.start, end: acceptance.end}});
    } else {
      kept.push(f);
    }
  }

  for (const d of directives) {
    const did = used.get(d)!;
    const ids = d.ruleIds.length > 0 ? d.ruleIds.filter((id) => known.has(id)) : ['*'];
    if (d.kind === 'accept') {
      if (!valid.has(d) || did.size > 0) continue;
      problems.push({kind: 'stale-accept', directive: d, changed: flagged.has(`${d.ruleIds[0]}:${d.line}`)});
    } else if (d.kind === 'enable') {
      if (!enableUsed.has(d)) problems.push({kind: 'unused', directive: d, ruleIds: d.ruleIds});
    } else {
      if (d.kind === 'disable' && ids.some((id) => open.get(id) === d)) {
        problems.push({kind: 'unclosed', directive: d, ruleIds: d.ruleIds});
      }
      const idle = ids.filter((id) => !did.has(id));
      // A directive whose every id is unknown was reported as such; it cannot also be idle.
      if (ids.length > 0 && idle.length > 0) problems.push({kind: 'unused', directive: d, ruleIds: idle.filter((id) => id !== '*')});
    }
  }
  problems.sort((a, b) => a.directive.start - b.directive.start);
  return {kept, accepted, problems};
}
