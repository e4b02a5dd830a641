// Machine output in ESLint's result shape, so existing ESLint-JSON tooling can read it.
import {tally, type Formatter} from '../report.js';

/** ESLint severities: 2 is an error; warnings and info are both 1. */
const eslintSeverity = {error: 2, warning: 1, info: 1} as const;

/**
 * Formats reports as `[{filePath, messages, errorCount, fatalErrorCount, warningCount, infoCount, baselinedCount}]`.
 * Each message has ESLint's `severity` (1 or 2) and Sourced's own `sourcedSeverity` (`error`, `warning` or `info`),
 * its `fingerprint`, and `baselined` when `--baseline` was given. A file that could not be read has one ESLint
 * fatal message (`ruleId` null, `fatal` true, severity 2) and `"error": "<reason>"`.
 */
export const json: Formatter = (reports) => {
  const results = reports.map((report) => {
    const counts = tally(report.messages);
    const fatal = report.error ? [{ruleId: null, fatal: true, severity: 2, sourcedSeverity: 'error', message: `Not checked: ${report.error}`, line: 1, column: 1}] : [];
    return {
      filePath: report.filePath,
      messages: [
        ...fatal,
        ...report.messages.map((m) => ({
          ruleId: m.ruleId,
          severity: eslintSeverity[m.severity],
          sourcedSeverity: m.severity,
          message: m.message,
          line: m.line,
          column: m.column,
          endLine: m.endLine,
          endColumn: m.endColumn,
          fingerprint: m.fingerprint,
          ...(m.baselined === undefined ? {} : {baselined: m.baselined}),
        })),
      ],
      errorCount: counts.errors + fatal.length,
      fatalErrorCount: fatal.length,
      // Info findings are severity 1 like warnings but counted apart, as the stylish summary does; baselined
      // findings are in none of the three counts.
      warningCount: counts.warnings,
      infoCount: counts.infos,
      baselinedCount: counts.baselined,
      // Accepted findings, in ESLint's shape for directive-suppressed messages, with the editor's reason.
      ...(report.accepted ? {
        suppressedMessages: report.accepted.map((m) => ({
          ruleId: m.ruleId, severity: eslintSeverity[m.severity], message: m.message, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn,
          suppressions: [{kind: 'directive', justification: m.reason}],
        })),
        acceptedCount: report.accepted.length,
      } : {}),
      ...(report.fixed ? {fixedCount: report.fixed} : {}),
      ...(report.skipped ? {skipped: report.skipped} : {}),
      ...(report.error ? {error: report.error} : {}),
    };
  });
  return JSON.stringify(results, null, 2) + '\n';
};
