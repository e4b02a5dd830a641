// SARIF 2.1.0 log for code scanning (github/codeql-action/upload-sarif): every rule with its documentation, results
// with stable partialFingerprints, URIs relative to the repository root.
import * as path from 'node:path';
import {pathToFileURL} from 'node:url';
import {formatRuleDescription, rules} from '../../core/index.js';
import {readRuleDoc} from '../../project/rule-docs.js';
import {version} from '../../../package.json';
import {fingerprintKey} from '../fingerprint.js';
import {cliTexts} from '../messages.js';
import type {FileReport, Formatter} from '../report.js';

/** SARIF result levels: `info` findings are notes. */
const level = {error: 'error', warning: 'warning', info: 'note'} as const;

/** GitHub code scanning's `problem.severity`: info findings are recommendations. */
const problemSeverity = {error: 'error', warning: 'warning', info: 'recommendation'} as const;

/**
 * GitHub code scanning's `precision` per rule, from the precision on real published news held out from tuning
 * (`npm run eval`, test/corpus/news-holdout: 40 articles annotated blind; run of 2026-11-30), which is lower than on
 * the tuned news set and so the honest figure: at least 0.9 is `high`, 0.6 to 0.9 `medium`, below 0.6 `low`.
 * unsourced-figure 0.62 (tuned set 0.83), hedging 0.56 (1.00), vague-attribution 0.78 (0.85), missing-attribution
 * 1.00 (1.00), unattributed-quote 0.33 (1.00; 2 and 1 labels), anonymous-source no label held out (1.00 on 2 labels
 * tuned, one false alarm held out): `medium`.
 */
const precision: Record<string, 'high' | 'medium' | 'low'> = {
  'unsourced-figure': 'medium',
  hedging: 'low',
  'vague-attribution': 'medium',
  'missing-attribution': 'high',
  'unattributed-quote': 'low',
  'anonymous-source': 'medium',
};

/** The base id every artifact URI is relative to. */
const srcRoot = '%SRCROOT%';

/** Formats reports as one SARIF run whose driver lists every rule. */
export const sarif: Formatter = (reports, {root, locale}) => {
  const t = cliTexts(locale);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const location = (report: FileReport, region?: object) => ({
    physicalLocation: {artifactLocation: artifactLocation(root, report.filePath), ...(region ? {region} : {})},
  });
  const result = (report: (typeof reports)[number], m: (typeof report.messages)[number]) => ({
    ruleId: m.ruleId,
    ...(ruleIndex.has(m.ruleId) ? {ruleIndex: ruleIndex.get(m.ruleId)} : {}),
    level: level[m.severity],
    message: {text: m.message},
    locations: [location(report, {startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn})],
    ...(m.fingerprint === undefined ? {} : {partialFingerprints: {[fingerprintKey]: m.fingerprint}}),
    ...(m.baselined === undefined ? {} : {baselineState: m.baselined ? 'unchanged' : 'new'}),
  });
  // An accepted finding is a result suppressed in the source, with the editor's reason as its justification.
  const results = reports.flatMap((report) => [
    ...report.messages.map((m) => result(report, m)),
    ...(report.accepted ?? []).map((m) => ({...result(report, m), suppressions: [{kind: 'inSource', justification: m.reason}]})),
  ]);
  // Files not checked are not findings: SARIF's place for them is the invocation's notifications.
  const notifications = reports
    .filter((report) => report.skipped || report.error)
    .map((report) => ({
      level: report.error ? 'error' : 'warning',
      message: {text: report.error ? t.notCheckedPrefix + report.error : t.skippedPrefix + report.skipped},
      locations: [location(report)],
    }));
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
            rules: rules.map((rule) => {
              const doc = readRuleDoc(rule.id);
              return {
                id: rule.id,
                name: rule.id,
                shortDescription: {text: formatRuleDescription(locale ?? 'en', rule.id)},
                fullDescription: {text: doc.summary},
                help: {text: doc.text, markdown: doc.markdown},
                defaultConfiguration: {level: level[rule.defaultSeverity]},
                properties: {precision: precision[rule.id] ?? 'medium', 'problem.severity': problemSeverity[rule.defaultSeverity], tags: ['journalism', ...rule.tags]},
              };
            }),
          },
        },
        // SARIF's run.language (RFC 5646) is the language of the run's messages; its default is en-US. The rules'
        // help (docs/rules) is written in English only.
        ...(locale === undefined || locale === 'en' ? {} : {language: locale}),
        originalUriBaseIds: {[srcRoot]: {uri: pathToFileURL(root.endsWith(path.sep) ? root : root + path.sep).href}},
        columnKind: 'utf16CodeUnits',
        invocations: [{executionSuccessful: reports.every((r) => !r.error), toolExecutionNotifications: notifications}],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/** A URI relative to the repository root when the file is inside it; an absolute file URI otherwise. */
function artifactLocation(root: string, filePath: string): {uri: string; uriBaseId?: string} {
  if (!path.isAbsolute(filePath)) return {uri: encodeURIComponent(filePath)};
  const relative = path.relative(root, filePath);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return {uri: pathToFileURL(filePath).href};
  return {uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: srcRoot};
}
