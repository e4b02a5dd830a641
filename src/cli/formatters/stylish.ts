// Human output: `path:line:col  severity  message  rule-id`, grouped per file, then a one-line summary.
import {acceptedCount, allMessages, printable, tally, type Formatter, type Tally} from '../report.js';

type Paint = (text: string) => string;

const sgr = (open: number, close: number): Paint => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const ansi = {red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), green: sgr(32, 39), dim: sgr(2, 22), bold: sgr(1, 22), underline: sgr(4, 24)};
const plain: typeof ansi = {red: String, yellow: String, cyan: String, green: String, dim: String, bold: String, underline: String};

/** Formats reports for a person at a terminal. */
export const stylish: Formatter = (reports, {color, hidden = 0}) => {
  const c = color ? ansi : plain;
  const severityColor = {error: c.red, warning: c.yellow, info: c.cyan};
  const blocks: string[] = [];
  for (const report of reports) {
    const lines: string[] = [];
    const file = printable(report.displayPath);
    if (report.skipped) lines.push(`${c.underline(file)}  ${c.yellow('skipped')}  ${report.skipped}`);
    if (report.error) lines.push(`${c.underline(file)}  ${c.red('not checked')}  ${printable(report.error)}`);
    if (report.fixed) lines.push(`${c.underline(file)}  ${c.green('fixed')}  ${plural(report.fixed, 'problem')} with safe fixes`);
    const where = report.messages.map((m) => `${file}:${m.line}:${m.column}`);
    const texts = report.messages.map((m) => printable(m.message));
    const whereWidth = Math.max(0, ...where.map((w) => w.length));
    const messageWidth = Math.max(0, ...texts.map((t) => t.length));
    report.messages.forEach((m, i) => {
      const severity = m.baselined ? c.dim(m.severity.padEnd(7)) : severityColor[m.severity](m.severity.padEnd(7));
      lines.push(`${where[i].padEnd(whereWidth)}  ${severity}  ${texts[i].padEnd(messageWidth)}  ${c.dim(m.ruleId)}${m.baselined ? c.dim('  (baseline)') : ''}`);
    });
    if (lines.length > 0) blocks.push(lines.join('\n'));
  }
  const counts = tally(allMessages(reports));
  const checked = reports.filter((r) => !r.skipped && !r.error).length;
  const footer = [summary(counts, checked, hidden, c)];
  if (counts.baselined > 0) footer.push(`${plural(counts.baselined, 'problem')} in the baseline (not counted).`);
  const accepted = acceptedCount(reports);
  if (accepted > 0) footer.push(c.dim(`${plural(accepted, 'accepted finding')} (sourced-accept), not counted as problems.`));
  const fixed = reports.reduce((n, r) => n + (r.fixed ?? 0), 0);
  if (fixed > 0) footer.push(`Fixed ${plural(fixed, 'problem')} with safe fixes.`);
  const skipped = reports.filter((r) => r.skipped).length;
  if (skipped > 0) footer.push(`${plural(skipped, 'file')} skipped.`);
  const failed = reports.filter((r) => r.error).length;
  if (failed > 0) footer.push(c.red(`${plural(failed, 'file')} could not be checked.`));
  return [...blocks, footer.join('\n')].join('\n\n') + '\n';
};

function summary(counts: Tally, checked: number, hidden: number, c: typeof ansi): string {
  const total = counts.errors + counts.warnings + counts.infos;
  // --quiet hid warnings or info: the run has no errors, but it is not free of problems.
  if (total === 0 && hidden > 0) return c.green(`✔ No errors in ${plural(checked, 'file')} (${plural(hidden, 'warning or info finding', 'warning or info findings')} not shown: --quiet)`);
  if (total === 0) return c.green(`✔ No attribution problems in ${plural(checked, 'file')}`);
  const paint = counts.errors > 0 ? c.red : counts.warnings > 0 ? c.yellow : c.cyan;
  const detail = `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${counts.infos} info`;
  return c.bold(paint(`✖ ${plural(total, 'problem')} (${detail})`));
}

function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}
