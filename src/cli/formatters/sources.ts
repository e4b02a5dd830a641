// `sourced sources`: who said what in each draft, as JSON (attribution records), a list for people, or Markdown.
import {attributionRecords, createLocator, type Attribution} from '../../core/index.js';
import {printable} from '../report.js';

/** The attributions of one file, as `sourced sources` reports them. */
export interface SourcesReport {
  /** Absolute path, or `<stdin>`. */
  filePath: string;
  /** Path relative to the working folder, for people. */
  displayPath: string;
  /** The text the offsets index: the file as read (a byte-order mark counts as one code unit). */
  text: string;
  /** Attributions with UTF-16 offsets into `text`. */
  attributions: Attribution[];
  /** Why the file was not read (too large); `attributions` is then empty. */
  skipped?: string;
}

/** Turns source reports into the text written to stdout or `--output`. */
export type SourcesFormatter = (reports: readonly SourcesReport[]) => string;

/**
 * `[{"filePath", "attributions": [{"source", "cue", "content", "kind", "quality"}]}]`, exactly the shape of
 * `AttributionRecord`; a skipped file also has `"skipped"` with the reason.
 */
export const sourcesJson: SourcesFormatter = (reports) =>
  JSON.stringify(
    reports.map((r) => ({filePath: r.filePath, attributions: attributionRecords(r), ...(r.skipped ? {skipped: r.skipped} : {})})),
    null,
    2,
  ) + '\n';

/** Longest content excerpt shown per attribution, in characters, before an ellipsis. */
const excerptLength = 160;

/** The attributed words of an attribution, joined by " … " and shortened to `excerptLength`. */
function excerpt(text: string, a: Attribution): string {
  const whole = a.content.map((r) => text.slice(r.start, r.end).replace(/\s+/g, ' ').trim()).join(' … ');
  return printable(whole.length > excerptLength ? `${whole.slice(0, excerptLength - 1).trimEnd()}…` : whole);
}

/** Lines `first–last` (or one line) a set of ranges covers. */
function lines(locate: ReturnType<typeof createLocator>, a: Attribution): string {
  const starts = [a.cue.start, ...a.content.map((r) => r.start)];
  const ends = [a.cue.end, ...a.content.map((r) => r.end)];
  const first = locate.toPoint(Math.min(...starts)).line;
  const last = locate.toPoint(Math.max(...ends)).line;
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}

/** Display name of an attribution's source: the name it refers back to, then its words, then "(no source)". */
function sourceName(a: Attribution): string {
  const name = a.name || a.source?.text || '';
  return printable(name === '' ? '(no source)' : name.replace(/\s+/g, ' '));
}

/** For a person at a terminal: per file, each attribution with its source, cue, quality, kind and content. */
export const sourcesStylish: SourcesFormatter = (reports) => {
  const blocks: string[] = [];
  let total = 0;
  for (const r of reports) {
    const file = printable(r.displayPath);
    if (r.skipped) {
      blocks.push(`${file}  skipped  ${r.skipped}`);
      continue;
    }
    const locate = createLocator(r.text);
    const out = [file];
    for (const a of r.attributions) {
      total++;
      const at = locate.toPoint(a.cue.start);
      // Columns as `check` reports them: a byte-order mark is not a column.
      const column = at.line === 1 && r.text.charCodeAt(0) === 0xfeff ? at.column - 1 : at.column;
      const said = a.source && a.name && a.name !== a.source.text ? ` ("${printable(a.source.text)}")` : '';
      out.push(`  ${at.line}:${column}  ${sourceName(a)}${said}  ${printable(a.cue.text.replace(/\s+/g, ' '))}  [${a.quality}, ${a.kind}]`);
      const what = excerpt(r.text, a);
      if (what) out.push(`      supports: "${what}" (${lines(locate, a)})`);
    }
    if (out.length === 1) out.push('  no attributions');
    blocks.push(out.join('\n'));
  }
  const files = reports.filter((r) => !r.skipped).length;
  blocks.push(`${total} attribution${total === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`);
  return blocks.join('\n\n') + '\n';
};

/** Escape text for Markdown inline content. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

/**
 * A fact-checker's source list: per file, one entry per source (grouped by the name a pronoun refers back to),
 * its quality and cues, then each thing it supports with its line numbers.
 */
export const sourcesMarkdown: SourcesFormatter = (reports) => {
  const parts: string[] = [];
  for (const r of reports) {
    parts.push(`## Sources in ${md(printable(r.displayPath))}\n`);
    if (r.skipped) {
      parts.push(`Skipped: ${md(r.skipped)}\n`);
      continue;
    }
    const locate = createLocator(r.text);
    const groups = new Map<string, Attribution[]>();
    for (const a of r.attributions) {
      const key = sourceName(a).toLowerCase().replace(/^(?:the|a|an)\s+/, '');
      groups.set(key, [...(groups.get(key) ?? []), a]);
    }
    if (groups.size === 0) parts.push('No attributions.\n');
    for (const list of groups.values()) {
      const cues = [...new Set(list.map((a) => a.cue.text.toLowerCase().replace(/\s+/g, ' ')))].join(', ');
      parts.push(`- **${md(sourceName(list[0]))}** (${list[0].quality}; ${md(printable(cues))})`);
      for (const a of list) parts.push(`  - ${lines(locate, a)}: ${md(excerpt(r.text, a)) || '(no content)'}`);
    }
    parts.push('');
  }
  // One newline at the end, as every other format, not a trailing blank line.
  return parts.join('\n').replace(/\n+$/, '\n');
};
