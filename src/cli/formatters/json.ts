// Machine output in ESLint's result shape, so existing ESLint-JSON tooling can read it.
import {tally, type Formatter} from '../report.js';

/** ESLint severities: 2 is an error; warnings and info are both 1. */
const eslintSeverity = {error: 2, warning: 1, info: 1} as const;

/** Formats reports as `[{filePath, messages, errorCount, warningCount, infoCount}]`. */
export const json: Formatter = (reports) => {
  const results = reports.map((report) => {
    const counts = tally(report.messages);
    return {
      filePath: report.filePath,
      messages: report.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: eslintSeverity[m.severity],
        message: m.message,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
      })),
      errorCount: counts.errors,
      // Info findings are severity 1 like warnings but counted apart, as the stylish summary does.
      warningCount: counts.warnings,
      infoCount: counts.infos,
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
    };
  });
  return JSON.stringify(results, null, 2) + '\n';
};
