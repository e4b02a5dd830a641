// Human output: `path:line:col  severity  message  rule-id`, grouped per file, then a one-line summary.
import {cliTexts, type CliTexts} from '../messages.js';
import {acceptedCount, allMessages, printable, tally, type Formatter, type Tally} from '../report.js';

type Paint = (text: string) => string;

const sgr = (open: number, close: number): Paint => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const ansi = {red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), green: sgr(32, 39), dim: sgr(2, 22), bold: sgr(1, 22), underline: sgr(4, 24)};
const plain: typeof ansi = {red: String, yellow: String, cyan: String, green: String, dim: String, bold: String, underline: String};

/** Formats reports for a person at a terminal. */
export const stylish: Formatter = (reports, {color, hidden = 0, locale}) => {
  const c = color ? ansi : plain;
  const t = cliTexts(locale);
  const severityWidth = Math.max(7, ...Object.values(t.severity).map((s) => s.length));
  const severityColor = {error: c.red, warning: c.yellow, info: c.cyan};
  const blocks: string[] = [];
  for (const report of reports) {
    const lines: string[] = [];
    const file = printable(report.displayPath);
    if (report.skipped) lines.push(`${c.underline(file)}  ${c.yellow(t.skipped)}  ${report.skipped}`);
    if (report.error) lines.push(`${c.underline(file)}  ${c.red(t.notChecked)}  ${printable(report.error)}`);
    if (report.fixed) lines.push(`${c.underline(file)}  ${c.green(t.fixed)}  ${t.fixedFile(report.fixed)}`);
    const where = report.messages.map((m) => `${file}:${m.line}:${m.column}`);
    const texts = report.messages.map((m) => printable(m.message));
    const whereWidth = Math.max(0, ...where.map((w) => w.length));
    const messageWidth = Math.max(0, ...texts.map((t) => t.length));
    report.messages.forEach((m, i) => {
      const label = t.severity[m.severity].padEnd(severityWidth);
      const severity = m.baselined ? c.dim(label) : severityColor[m.severity](label);
      lines.push(`${where[i].padEnd(whereWidth)}  ${severity}  ${texts[i].padEnd(messageWidth)}  ${c.dim(m.ruleId)}${m.baselined ? c.dim(`  (${t.baseline})`) : ''}`);
    });
    if (lines.length > 0) blocks.push(lines.join('\n'));
  }
  const counts = tally(allMessages(reports));
  const checked = reports.filter((r) => !r.skipped && !r.error).length;
  const footer = [summary(counts, checked, hidden, c, t)];
  if (counts.baselined > 0) footer.push(t.inBaseline(counts.baselined));
  const accepted = acceptedCount(reports);
  if (accepted > 0) footer.push(c.dim(t.accepted(accepted)));
  const fixed = reports.reduce((n, r) => n + (r.fixed ?? 0), 0);
  if (fixed > 0) footer.push(t.fixedSummary(fixed));
  const skipped = reports.filter((r) => r.skipped).length;
  if (skipped > 0) footer.push(t.skippedFiles(skipped));
  const failed = reports.filter((r) => r.error).length;
  if (failed > 0) footer.push(c.red(t.failedFiles(failed)));
  return [...blocks, footer.join('\n')].join('\n\n') + '\n';
};

function summary(counts: Tally, checked: number, hidden: number, c: typeof ansi, t: CliTexts): string {
  const total = counts.errors + counts.warnings + counts.infos;
  // --quiet hid warnings or info: the run has no errors, but it is not free of problems.
  if (total === 0 && hidden > 0) return c.green(t.cleanButHidden(checked, hidden));
  if (total === 0) return c.green(t.clean(checked));
  const paint = counts.errors > 0 ? c.red : counts.warnings > 0 ? c.yellow : c.cyan;
  return c.bold(paint(t.summary(total, counts.errors, counts.warnings, counts.infos)));
}
