// GitHub Actions workflow commands: one `::warning file=…,line=…::message` annotation per finding.
import {cliTexts} from '../messages.js';
import {printable, type Formatter, type Message} from '../report.js';

/** Annotation command per severity: info findings become notices. */
const command = {error: 'error', warning: 'warning', info: 'notice'} as const;

/** Escape a command's message (data): `%`, CR and LF; other control characters cannot reach the log. */
export function escapeData(text: string): string {
  return printable(text, true)
    .replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a command property: as data, plus `:` and `,` which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Formats reports as workflow commands GitHub turns into annotations on the changed lines. */
export const github: Formatter = (reports, {locale}) => {
  const t = cliTexts(locale);
  const lines: string[] = [];
  for (const report of reports) {
    const file = escapeProperty(report.displayPath);
    if (report.skipped) lines.push(`::warning file=${file},title=sourced::${escapeData(t.skippedPrefix + report.skipped)}`);
    if (report.error) lines.push(`::error file=${file},title=sourced::${escapeData(t.notCheckedPrefix + report.error)}`);
    const props = (m: Message, title: string) =>
      [`file=${file}`, `line=${m.line}`, `col=${m.column}`, `endLine=${m.endLine}`, `endColumn=${m.endColumn}`, `title=${escapeProperty(title)}`].join(',');
    // A baselined finding is known and accepted: a notice, whatever its severity.
    for (const m of report.messages) lines.push(`::${m.baselined ? 'notice' : command[m.severity]} ${props(m, m.baselined ? `${m.ruleId} (baseline)` : m.ruleId)}::${escapeData(m.message)}`);
    // Accepted findings are notices (they never fail a check), titled apart and carrying the editor's reason.
    for (const m of report.accepted ?? []) lines.push(`::notice ${props(m, `${m.ruleId} (accepted)`)}::${escapeData(`${t.acceptedPrefix}${m.reason}. ${m.message}`)}`);
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};
