// SARIF 2.1.0 log for code-scanning upload (e.g. github/codeql-action/upload-sarif).
import * as path from 'node:path';
import {pathToFileURL} from 'node:url';
import {docsUrl, rules} from '../../core/index.js';
import {version} from '../../../package.json';
import type {Formatter} from '../report.js';

/** SARIF result levels: `info` findings are notes. */
const level = {error: 'error', warning: 'warning', info: 'note'} as const;

/** Formats reports as one SARIF run whose driver lists every rule. */
export const sarif: Formatter = (reports, {cwd}) => {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const location = (report: (typeof reports)[number], region?: object) => ({
    physicalLocation: {artifactLocation: artifactLocation(cwd, report.filePath, report.displayPath), ...(region ? {region} : {})},
  });
  const result = (report: (typeof reports)[number], m: (typeof report.messages)[number]) => ({
    ruleId: m.ruleId,
    ...(ruleIndex.has(m.ruleId) ? {ruleIndex: ruleIndex.get(m.ruleId)} : {}),
    level: level[m.severity],
    message: {text: m.message},
    locations: [location(report, {startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn})],
  });
  // An accepted finding is a result suppressed in the source, with the editor's reason as its justification.
  const results = reports.flatMap((report) => [
    ...report.messages.map((m) => result(report, m)),
    ...(report.accepted ?? []).map((m) => ({...result(report, m), suppressions: [{kind: 'inSource', justification: m.reason}]})),
  ]);
  // Skipped files are not findings: SARIF's place for them is the invocation's notifications.
  const notifications = reports
    .filter((report) => report.skipped)
    .map((report) => ({level: 'warning', message: {text: `Skipped: ${report.skipped}`}, locations: [location(report)]}));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sourced',
            version,
            semanticVersion: version,
            informationUri: informationUri(),
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: {text: rule.description},
              helpUri: docsUrl(rule.id),
              defaultConfiguration: {level: level[rule.defaultSeverity]},
              properties: {tags: [...rule.tags]},
            })),
          },
        },
        originalUriBaseIds: {'%SRCROOT%': {uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href}},
        columnKind: 'utf16CodeUnits',
        invocations: [{executionSuccessful: true, toolExecutionNotifications: notifications}],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/** The project's documentation page: the rule docs URL without its per-rule anchor. */
function informationUri(): string {
  return docsUrl(rules[0].id).replace(/#.*$/, '');
}

/** A URI relative to the working folder when the file is inside it, else an absolute file URI. */
function artifactLocation(cwd: string, filePath: string, displayPath: string): {uri: string; uriBaseId?: string} {
  if (!path.isAbsolute(filePath)) return {uri: encodeURIComponent(filePath)};
  if (path.isAbsolute(displayPath)) return {uri: pathToFileURL(filePath).href};
  return {uri: displayPath.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%'};
}
