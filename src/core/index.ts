// Public API of the Sourced lint core. Pure: no vscode, no node:* imports, no I/O.
export type {
  Attribution,
  AttributionKind,
  AttributionRecord,
  Config,
  CueKind,
  AcceptedFinding,
  Figure,
  Finding,
  Fix,
  LintResult,
  Report,
  Rule,
  RuleContext,
  Range,
  Severity,
  SeverityOrOff,
  SourceEntry,
  SourceQuality,
  Span,
  TextEdit,
} from './types.js';
export {sourcePlaceholder} from './types.js';
export {createLinter, lint, type Linter, type LintOptions} from './engine.js';
export {attributionRecords} from './records.js';
export {applyFixes} from './fixes.js';
export {createLocator, type Locator, type Point} from './location.js';
export {ConfigError, defaultConfig, resolveConfig} from './config.js';
export {rules, ruleIds} from './rules/index.js';
export {formatRuleDescription, isLocale, localeOf, locales, localizeFinding, localizeFix, type Locale, type MessageData, type MessageValue} from './messages/index.js';
